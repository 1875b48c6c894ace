package io.staffline.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/**
 * Seasonal naive, seasonal moving average and daily total × profile on hand-built series. The
 * "days" have two intervals (night, day), so a week is 14 intervals; expected values are worked
 * out by hand in the comments.
 */
class SeasonalMethodsTest {
  private static final Seasons TWO_PER_DAY = new Seasons(2);
  private static final double NO = Double.NaN;
  private static final double EXACT = 0;

  // Week 1 and week 2 of a known weekly pattern: (night, day) for Mon..Sun.
  private static final double[] WEEK_1 = {1, 9, 1, 8, 2, 8, 1, 7, 1, 6, 0, 3, 0, 2};
  private static final double[] WEEK_2 = {3, 11, 1, 10, 2, 10, 3, 9, 1, 8, 2, 5, 0, 4};

  private static double[] weeks(double[]... weeks) {
    double[] all = new double[weeks.length * 14];
    for (int w = 0; w < weeks.length; w++) {
      System.arraycopy(weeks[w], 0, all, 14 * w, 14);
    }
    return all;
  }

  @Test
  void seasonalNaiveRepeatsLastWeekAcrossTheHorizon() {
    double[] forecast = new SeasonalNaive(TWO_PER_DAY).forecast(weeks(WEEK_1, WEEK_2), 16);
    // Steps 0-13 are week 2; steps 14 and 15 wrap to week 2's Monday again.
    assertArrayEquals(new double[] {3, 11, 1, 10, 2, 10, 3, 9, 1, 8, 2, 5, 0, 4, 3, 11}, forecast, EXACT);
  }

  @Test
  void seasonalNaiveTakesTheWeekBeforeForAHolidayInLastWeek() {
    double[] week2WithHolidayTuesday = WEEK_2.clone();
    week2WithHolidayTuesday[2] = NO;
    week2WithHolidayTuesday[3] = NO;
    double[] forecast = new SeasonalNaive(TWO_PER_DAY).forecast(weeks(WEEK_1, week2WithHolidayTuesday), 4);
    // Monday from week 2 (3, 11); Tuesday from week 1 (1, 8).
    assertArrayEquals(new double[] {3, 11, 1, 8}, forecast, EXACT);
  }

  @Test
  void seasonalAverageOfTwoWeeksIsTheMeanOfTheSameSlot() {
    double[] forecast = new SeasonalAverage(TWO_PER_DAY, 2).forecast(weeks(WEEK_1, WEEK_2), 14);
    // (1+3)/2, (9+11)/2, (1+1)/2, (8+10)/2, ...
    assertArrayEquals(new double[] {2, 10, 1, 9, 2, 9, 2, 8, 1, 7, 1, 4, 0, 3}, forecast, EXACT);
  }

  @Test
  void seasonalAverageUsesOnlyTheLatestKWeeks() {
    double[] week3 = {5, 13, 3, 12, 2, 12, 5, 11, 1, 10, 4, 7, 0, 6};
    double[] forecast = new SeasonalAverage(TWO_PER_DAY, 2).forecast(weeks(WEEK_1, WEEK_2, week3), 2);
    // k = 2: weeks 2 and 3 only: (3+5)/2 = 4, (11+13)/2 = 12; week 1 is out.
    assertArrayEquals(new double[] {4, 12}, forecast, EXACT);
  }

  @Test
  void seasonalAverageSkipsHolidaysAndReachesFurtherBack() {
    double[] week3 = {5, 13, 3, 12, 2, 12, 5, 11, 1, 10, 4, 7, 0, 6};
    double[] week2HolidayMonday = WEEK_2.clone();
    week2HolidayMonday[0] = NO;
    week2HolidayMonday[1] = NO;
    double[] forecast = new SeasonalAverage(TWO_PER_DAY, 2).forecast(weeks(WEEK_1, week2HolidayMonday, week3), 2);
    // Monday samples: week 3 (5, 13) and, week 2 being a holiday, week 1 (1, 9): (5+1)/2, (13+9)/2.
    assertArrayEquals(new double[] {3, 11}, forecast, EXACT);
  }

  @Test
  void aSlotWithoutAnyNormalSampleForecastsZero() {
    double[] week1HolidayMonday = WEEK_1.clone();
    week1HolidayMonday[0] = NO;
    assertArrayEquals(new double[] {0, 9}, new SeasonalNaive(TWO_PER_DAY).forecast(week1HolidayMonday, 2), EXACT);
  }

  @Test
  void dailyProfileSplitsTheWeekdayAverageTotalByTheWeekdayProfile() {
    double[] week3 = {5, 13, 3, 12, 2, 12, 5, 11, 1, 10, 4, 7, 0, 6};
    // Totals over 1 week (k = 1), profile over 3 weeks.
    double[] forecast = new DailyProfile(TWO_PER_DAY, 1, 3).forecast(weeks(WEEK_1, WEEK_2, week3), 4);
    // Monday: total of week 3 = 5 + 13 = 18. Profile over the 3 Mondays: nights 1+3+5 = 9, days
    // 9+11+13 = 33, all 42, so 18 × 9/42 = 3.857142..., 18 × 33/42 = 14.142857...
    // Tuesday: total 3 + 12 = 15; nights 1+1+3 = 5, days 8+10+12 = 30, all 35: 15 × 5/35, 15 × 30/35.
    assertArrayEquals(new double[] {18.0 * 9 / 42, 18.0 * 33 / 42, 15.0 * 5 / 35, 15.0 * 30 / 35}, forecast, 1e-12);
  }

  @Test
  void dailyProfileSkipsAHolidayDayInTotalsAndProfile() {
    double[] week3 = {5, 13, 3, 12, 2, 12, 5, 11, 1, 10, 4, 7, 0, 6};
    double[] week3HolidayMondayMorning = week3.clone();
    week3HolidayMondayMorning[0] = NO;
    double[] forecast = new DailyProfile(TWO_PER_DAY, 2, 2).forecast(weeks(WEEK_1, WEEK_2, week3HolidayMondayMorning), 2);
    // Week 3's Monday is no normal day. The two latest normal Mondays are weeks 2 and 1: totals 14
    // and 10, mean 12; profile nights 3+1 = 4, days 11+9 = 20, of 24: 12 × 4/24 = 2, 12 × 20/24 = 10.
    assertArrayEquals(new double[] {2, 10}, forecast, 1e-12);
  }

  @Test
  void dailyProfileWithEqualWindowsIsTheSeasonalAverage() {
    double[] history = weeks(WEEK_1, WEEK_2);
    // Σ_d y[d, j] / k = (Σ_d D_d / k) × (Σ_d y[d, j] / Σ_d D_d): the reason the profile window is longer by default.
    assertArrayEquals(new SeasonalAverage(TWO_PER_DAY, 2).forecast(history, 14),
        new DailyProfile(TWO_PER_DAY, 2, 2).forecast(history, 14), 1e-12);
  }
}
