package io.staffline.staffing;

/**
 * The densest window of deferred work, the heart of the fluid backlog model: pieces of work in time
 * order, piece k arriving over [start[k], end[k]] and each unit due {@code grace} after it arrives.
 * With a constant capacity, first-in first-out meets every deadline exactly when every window of
 * pieces u..t satisfies work(u..t) ≤ capacity × (end[t] − start[u] + grace), so the minimal
 * capacity is the largest such density (docs/staffing.md §6).
 *
 * <p>Window u..t has density (before[t+1] − before[u]) / (end[t] − (start[u] − grace)): the slope
 * from point (start[u] − grace, before[u]) to query point (end[t], before[t+1]). Every query lies
 * to the right of every point, so the steepest slope into it is attained on the points' lower
 * convex hull, and along the hull the slopes rise, then fall: O(n log n) in all.
 */
final class DensestWindow {

  /** Pieces {@code first..last} (−1, −1 with no work) and their work ÷ (span + grace). */
  record Window(int first, int last, double density) {
    static final Window NONE = new Window(-1, -1, 0);
  }

  private final double[] start;
  private final double[] end;
  private final double[] before;
  private final double grace;

  /**
   * @param start when each piece starts arriving, nondecreasing
   * @param end when it has all arrived, ≥ its start (equal: all at once)
   * @param before before[k] = work of the pieces before k; n + 1 entries
   * @param grace how long after arriving a unit is due; &gt; 0 when a piece arrives all at once
   */
  private DensestWindow(double[] start, double[] end, double[] before, double grace) {
    this.start = start;
    this.end = end;
    this.before = before;
    this.grace = grace;
  }

  static Window of(double[] start, double[] end, double[] before, double grace) {
    return new DensestWindow(start, end, before, grace).densest();
  }

  private Window densest() {
    int n = start.length;
    int[] hull = new int[n];
    int size = 0;
    Window best = Window.NONE;
    for (int t = 0; t < n; t++) {
      // A point at the x of the last hull point has at least as much work before it, so the
      // earlier point is the steeper one into every query: only a new x joins the hull.
      if (size == 0 || pointX(hull[size - 1]) != pointX(t)) {
        while (size >= 2 && !turnsLeft(hull[size - 2], hull[size - 1], t)) {
          size--;
        }
        hull[size++] = t;
      }
      int tangent = steepestInto(hull, size, t);
      double density = slopeInto(tangent, t);
      if (density > best.density()) {
        best = new Window(tangent, t, density);
      }
    }
    return best;
  }

  private double pointX(int k) {
    return start[k] - grace;
  }

  /** The slope from the point of piece {@code from} to the query point of piece {@code t}. */
  private double slopeInto(int from, int t) {
    return (before[t + 1] - before[from]) / (end[t] - pointX(from));
  }

  /** True when hull points a, b, c (increasing x) make a strictly convex lower turn at b. */
  private boolean turnsLeft(int a, int b, int c) {
    double abx = pointX(b) - pointX(a);
    double aby = before[b] - before[a];
    double acx = pointX(c) - pointX(a);
    double acy = before[c] - before[a];
    return abx * acy - aby * acx > 0;
  }

  /** The hull point with the steepest slope into the query point of piece {@code t}. */
  private int steepestInto(int[] hull, int size, int t) {
    int lo = 0;
    int hi = size - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (slopeInto(hull[mid], t) < slopeInto(hull[mid + 1], t)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return hull[lo];
  }
}
