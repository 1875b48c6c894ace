/**
 * Orchestration: the picocli command line, console progress and (later) the Quartz jobs. Uses
 * every other package; nothing uses this one.
 */
package io.staffline.job;
