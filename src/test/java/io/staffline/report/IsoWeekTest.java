package io.staffline.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IsoWeekTest {
  @Test
  void week47Of2026StartsOnMonday16November() {
    assertEquals(LocalDate.of(2026, 11, 16), IsoWeek.parse("2026-W47").monday());
  }

  @Test
  void week1HoldsTheYearsFirstThursday() {
    // 1 January 2026 is a Thursday, so 2026-W01 starts on Monday 29 December 2025.
    assertEquals(LocalDate.of(2025, 12, 29), IsoWeek.parse("2026-W01").monday());
    assertEquals(IsoWeek.parse("2026-W01"), IsoWeek.of(LocalDate.of(2025, 12, 31)));
  }

  @Test
  void aWeekEndingExactlyAtAsOfIsComplete() {
    assertEquals(IsoWeek.parse("2026-W46"), IsoWeek.lastCompleteAt(Instant.parse("2026-11-16T00:00:00Z")));
    assertEquals(IsoWeek.parse("2026-W46"), IsoWeek.lastCompleteAt(Instant.parse("2026-11-22T23:59:59Z")));
  }

  @Test
  void daysSpanMonths() {
    assertEquals("9–15 Nov 2026", IsoWeek.parse("2026-W46").days());
    assertEquals("30 Nov – 6 Dec 2026", IsoWeek.parse("2026-W49").days());
  }

  @Test
  void badTextNamesTheExpectedForm() {
    assertEquals("not an ISO week: '2026-47' (expected e.g. 2026-W47)",
        assertThrows(IllegalArgumentException.class, () -> IsoWeek.parse("2026-47")).getMessage());
    assertEquals("2026 has ISO weeks 1 to 53, not 54",
        assertThrows(IllegalArgumentException.class, () -> IsoWeek.parse("2026-W54")).getMessage());
  }
}
