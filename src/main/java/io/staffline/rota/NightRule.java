package io.staffline.rota;

import java.time.LocalTime;

/**
 * When a shift counts as a night shift for fairness: more than {@code moreThanMinutes} of its span
 * lie in the nightly window {@code from}–{@code to} (which may cross midnight). The default,
 * more than 2 hours between 23:00 and 06:00, is the German Working Hours Act's night work.
 */
public record NightRule(LocalTime from, LocalTime to, int moreThanMinutes) {
  private static final int DAY = 24 * 60;

  /** Whether a shift starting at {@code start} (minute of day) lasting {@code length} minutes is a night shift. */
  public boolean isNight(int start, int length) {
    return nightMinutes(start, length) > moreThanMinutes;
  }

  /** Minutes of the span [start, start + length) inside the night window, over two days. */
  public int nightMinutes(int start, int length) {
    int open = from.getHour() * 60 + from.getMinute();
    int close = to.getHour() * 60 + to.getMinute();
    int windowLength = Math.floorMod(close - open, DAY);
    int minutes = 0;
    // The window opens on the day before the shift's day, on its day and on the next day.
    for (int day = -1; day <= 1; day++) {
      int opens = day * DAY + open;
      minutes += Math.max(0, Math.min(start + length, opens + windowLength) - Math.max(start, opens));
    }
    return minutes;
  }
}
