package io.staffline.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Handle time per contact by slot of the week, by hand (one interval a day: a week of 7 slots). */
class HandleTimeTest {
  private static final Seasons DAILY = new Seasons(1);

  @Test
  void slotsWithEnoughEventsUseTheirOwnTimePerEventTimesEventsPerContact() {
    // Two weeks. Monday logs 10 events of 30 s in each week; every other day 1 event of 120 s.
    double[] seconds = {300, 120, 120, 120, 120, 120, 120, 300, 120, 120, 120, 120, 120, 120};
    double[] events = {10, 1, 1, 1, 1, 1, 1, 10, 1, 1, 1, 1, 1, 1};
    // 32 events for 16 contacts: 2 events a contact. Queue: 2040 s / 32 events = 63.75 s an event.
    double[] aht = HandleTime.perContact(seconds, events, 16, DAILY, 20);
    // Monday has 20 events (≥ 20): 600/20 = 30 s × 2 = 60. The others have 2 (< 20): 63.75 × 2 = 127.5.
    assertArrayEquals(new double[] {60, 127.5, 127.5, 127.5, 127.5, 127.5, 127.5}, aht, 0);
  }

  @Test
  void aQueueWithoutLoggedHandleTimeHasNone() {
    assertNull(HandleTime.perContact(new double[14], new double[14], 16, DAILY, 1));
  }
}
