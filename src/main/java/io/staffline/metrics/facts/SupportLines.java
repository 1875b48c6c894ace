package io.staffline.metrics.facts;

import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A ticket's way through the support lines: the path of lines with consecutive repeats collapsed
 * ("1>2>1"), the moves up and down, reversals of direction, and the time spent at each line.
 * Definitions: docs/metrics-ticket-facts.md §Support lines.
 *
 * @param entryTier the line at creation
 * @param tierPath the lines in order, joined by {@code >}
 * @param escalationsUp moves to a higher line (1>3 is one move)
 * @param escalationsDown moves to a lower line
 * @param reversals changes of direction: 1>2>1 has one, 1>2>1>2 two, 1>2>3 none
 * @param escalated12 the path contains the move 1>2
 * @param escalated23 the path contains the move 2>3
 * @param bounceBack at least one move down
 * @param pingPong at least two reversals
 */
public record SupportLines(int entryTier, int maxTier, String tierPath, int escalationsUp,
    int escalationsDown, int reversals, boolean enteredLine1, boolean enteredLine2,
    boolean enteredLine3, boolean escalated12, boolean escalated23, boolean bounceBack,
    boolean pingPong, double line1Minutes, double line2Minutes, double line3Minutes)
    implements Serializable {

  /**
   * The lines of a ticket.
   *
   * @param tiers the line after each event in order, starting with the line at creation;
   *     consecutive repeats allowed
   * @param dwell time at each line (1, 2, 3); missing lines count zero
   */
  public static SupportLines of(List<Integer> tiers, Map<Integer, Duration> dwell) {
    List<Integer> path = collapsed(tiers);
    int up = 0;
    int down = 0;
    int reversals = 0;
    int lastDirection = 0;
    boolean oneToTwo = false;
    boolean twoToThree = false;
    for (int i = 1; i < path.size(); i++) {
      int from = path.get(i - 1);
      int to = path.get(i);
      int direction = Integer.signum(to - from);
      if (direction > 0) {
        up++;
      } else {
        down++;
      }
      if (lastDirection != 0 && direction != lastDirection) {
        reversals++;
      }
      lastDirection = direction;
      oneToTwo |= from == 1 && to == 2;
      twoToThree |= from == 2 && to == 3;
    }
    return new SupportLines(path.get(0), path.stream().max(Integer::compare).orElseThrow(),
        path.stream().map(String::valueOf).collect(Collectors.joining(">")), up, down, reversals,
        path.contains(1), path.contains(2), path.contains(3), oneToTwo, twoToThree, down > 0,
        reversals >= 2, minutesAt(dwell, 1), minutesAt(dwell, 2), minutesAt(dwell, 3));
  }

  private static List<Integer> collapsed(List<Integer> tiers) {
    if (tiers.isEmpty()) {
      throw new IllegalArgumentException("a ticket has at least the line it was created at");
    }
    List<Integer> path = new ArrayList<>();
    for (Integer tier : tiers) {
      if (path.isEmpty() || !path.get(path.size() - 1).equals(tier)) {
        path.add(tier);
      }
    }
    return path;
  }

  private static double minutesAt(Map<Integer, Duration> dwell, int line) {
    return Minutes.of(dwell.getOrDefault(line, Duration.ZERO));
  }
}
