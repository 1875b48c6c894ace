/**
 * The shared vocabulary of support work: channels, priorities, statuses, event types, support lines
 * (tiers) and career levels. No framework imports; every other package speaks these words.
 */
package io.staffline.ticket;
