package io.staffline.rota;

import java.time.LocalTime;
import java.util.List;

/**
 * One kind of daily shift offered to the planner: its span, the times it may start, its breaks and
 * the tours it may be worked on. The span runs from the start to the end and includes the breaks.
 *
 * @param name as in jobs/shifts.yaml (e.g. {@code day8})
 * @param lengthMinutes span from start to end
 * @param starts allowed start times (local wall clock of the planning zone)
 * @param breaks each break's window; one placement of each per pattern
 * @param tours names of the tours it is worked on
 */
public record ShiftType(String name, int lengthMinutes, List<LocalTime> starts, List<BreakWindow> breaks,
    List<String> tours) {
  public ShiftType {
    starts = List.copyOf(starts);
    breaks = List.copyOf(breaks);
    tours = List.copyOf(tours);
  }

  /** Paid minutes of one shift: the span less its unpaid breaks. */
  public int paidMinutes() {
    return lengthMinutes - breaks.stream().filter(b -> !b.paid()).mapToInt(BreakWindow::minutes).sum();
  }
}
