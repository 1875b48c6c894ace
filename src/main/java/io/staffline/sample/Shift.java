package io.staffline.sample;

/** An 8-hour shift in the teams' local time; the night shift runs past midnight. */
enum Shift {
  EARLY(6),
  LATE(14),
  NIGHT(22);

  static final int HOURS = 8;

  private final int startHour;

  Shift(int startHour) {
    this.startHour = startHour;
  }

  int startHour() {
    return startHour;
  }

  /** The shift running at a local hour of the day. */
  static Shift at(int localHour) {
    if (localHour >= 6 && localHour < 14) {
      return EARLY;
    }
    return localHour >= 14 && localHour < 22 ? LATE : NIGHT;
  }

  /** Whether the local hour belongs to this shift. */
  boolean covers(int localHour) {
    return at(localHour) == this;
  }

  /** Minutes since this shift began, at a local time of day inside it. */
  int minutesIn(int localHour, int localMinute) {
    return Math.floorMod(localHour * 60 + localMinute - startHour * 60, 24 * 60);
  }

  String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
