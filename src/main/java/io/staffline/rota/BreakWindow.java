package io.staffline.rota;

/**
 * A break inside a shift: its length, whether it is paid, and the window (offsets from the shift's
 * start) in which it may start. Each start on the interval grid within the window is a placement,
 * and each placement makes its own pattern (docs/rota.md §breaks). Paid or not, an agent on a break
 * covers nothing; an unpaid break is not paid time.
 *
 * @param minutes length
 * @param paid whether the break counts as paid time
 * @param earliestStart earliest start, minutes after the shift starts
 * @param latestStart latest start, minutes after the shift starts
 */
public record BreakWindow(int minutes, boolean paid, int earliestStart, int latestStart) {
  public BreakWindow {
    if (minutes <= 0 || earliestStart < 0 || latestStart < earliestStart) {
      throw new IllegalArgumentException("a break needs minutes > 0 and a window start ≤ end");
    }
  }
}
