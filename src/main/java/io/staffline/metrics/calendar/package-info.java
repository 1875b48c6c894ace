/**
 * Business-hours calendars, pure java.time without I/O: weekly opening hours per version (valid
 * from a date), time zone and holidays; business time between two moments, due times of targets in
 * business hours, and whether a moment is open. {@link io.staffline.metrics.calendar.CalendarsConfig}
 * is the Jackson-bound shape of {@code jobs/calendars.yaml}. Definitions and format:
 * docs/business-hours.md.
 */
package io.staffline.metrics.calendar;
