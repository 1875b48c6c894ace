package io.staffline.metrics.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;

/**
 * Turns wall-clock ranges into real time. A moment belongs to a local range when the clock on the
 * wall reads a time inside it, so a range loses the hour skipped when clocks go forward and counts
 * the repeated hour twice when they go back. Works offset segment by offset segment: between two
 * transitions the wall clock is real time plus a constant offset.
 */
final class WallClock {

  /** The largest offset java.time allows, either side of UTC. */
  private static final long MAX_OFFSET_SECONDS = 18 * 60 * 60;

  /** Real time, [start, end) in epoch seconds. */
  record Span(long start, long end) {
  }

  private WallClock() {
  }

  /**
   * Adds to {@code spans} the moments whose wall-clock time under {@code rules} lies in [from, to):
   * one span, none inside a spring-forward gap, or two when a backward change repeats part of it.
   */
  static void addSpans(LocalDateTime from, LocalDateTime to, ZoneRules rules, List<Span> spans) {
    long localFrom = from.toEpochSecond(ZoneOffset.UTC);
    long localTo = to.toEpochSecond(ZoneOffset.UTC);
    if (rules.isFixedOffset()) {
      int offset = rules.getOffset(Instant.EPOCH).getTotalSeconds();
      add(spans, localFrom - offset, localTo - offset);
      return;
    }
    // Every moment whose wall clock lies in [from, to) is inside this window, whatever the offset.
    long segmentStart = localFrom - MAX_OFFSET_SECONDS;
    long windowEnd = localTo + MAX_OFFSET_SECONDS;
    while (segmentStart < windowEnd) {
      Instant at = Instant.ofEpochSecond(segmentStart);
      int offset = rules.getOffset(at).getTotalSeconds();
      ZoneOffsetTransition next = rules.nextTransition(at);
      long segmentEnd = next == null ? windowEnd : Math.min(windowEnd, next.toEpochSecond());
      add(spans, Math.max(segmentStart, localFrom - offset), Math.min(segmentEnd, localTo - offset));
      segmentStart = segmentEnd;
    }
  }

  /** Adds [start, end) when not empty, joined to the last span when they touch. */
  private static void add(List<Span> spans, long start, long end) {
    if (start >= end) {
      return;
    }
    int last = spans.size() - 1;
    if (last >= 0 && spans.get(last).end() == start) {
      spans.set(last, new Span(spans.get(last).start(), end));
    } else {
      spans.add(new Span(start, end));
    }
  }
}
