/**
 * Mapping profiles: a declarative YAML file per helpdesk export (format, column mapping, value
 * maps, tier rule, how events are derived), so a new source needs a profile, not Java. See
 * docs/sources.md.
 */
package io.staffline.ingest.profile;
