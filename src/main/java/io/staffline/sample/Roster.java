package io.staffline.sample;

import io.staffline.ticket.Level;
import io.staffline.ticket.Tier;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/**
 * The agents of every team and line with their shifts, employment and careers, and the rule for
 * who may act on a ticket at a given instant: an agent of the ticket's team who holds the
 * ticket's line on that local date, is employed that day and is inside a worked shift.
 */
final class Roster {
  /** The career ladder, lowest first; pre-window histories climb it. */
  private static final List<Agent.CareerStep> LADDER = List.of(
      new Agent.CareerStep(null, Level.JUNIOR, Tier.LINE_1),
      new Agent.CareerStep(null, Level.MIDDLE, Tier.LINE_1),
      new Agent.CareerStep(null, Level.MIDDLE, Tier.LINE_2),
      new Agent.CareerStep(null, Level.SENIOR, Tier.LINE_2),
      new Agent.CareerStep(null, Level.SENIOR, Tier.LINE_3),
      new Agent.CareerStep(null, Level.LEAD, Tier.LINE_3));
  private static final int RANDOM_TRIES = 16;

  /** A change to the roster inside the window, for the ground truth. */
  record Change(String agentId, String kind, LocalDate date, String from, String to) {}

  private final List<Agent> agents;
  private final List<Agent> contractors;
  private final Map<String, List<Agent>> pools;
  private final Map<String, Integer> headcount;
  private final List<Change> changes;
  private final ZoneRules zone;
  private final int minPerShift;

  private Roster(List<Agent> agents, List<Agent> contractors, Map<String, Integer> headcount,
      List<Change> changes, ZoneRules zone, int minPerShift) {
    this.agents = List.copyOf(agents);
    this.contractors = List.copyOf(contractors);
    this.headcount = headcount;
    this.changes = List.copyOf(changes);
    this.zone = zone;
    this.minPerShift = minPerShift;
    this.pools = new TreeMap<>();
    for (Agent a : agents) {
      Set<Tier> lines = new HashSet<>();
      for (Agent.CareerStep step : a.career()) {
        if (lines.add(step.tier())) {
          pools.computeIfAbsent(key(a.team(), step.tier(), a.shift()), k -> new ArrayList<>())
              .add(a);
        }
      }
    }
  }

  List<Agent> agents() {
    return agents;
  }

  List<Agent> contractors() {
    return contractors;
  }

  /** Agents per "team/line/shift" as sized (before new hires), in build order. */
  Map<String, Integer> headcount() {
    return headcount;
  }

  List<Change> changes() {
    return changes;
  }

  int agentLevelRows() {
    return agents.stream().mapToInt(a -> a.career().size()).sum();
  }

  Agent contractor(RandomGenerator rng) {
    return contractors.get(rng.nextInt(contractors.size()));
  }

  /** Whether {@code a} may act on a ticket of {@code team} on {@code line} at {@code at}. */
  boolean mayAct(Agent a, String team, Tier line, long at) {
    return a.external() || mayAct(a, team, line, local(at));
  }

  private boolean mayAct(Agent a, String team, Tier line, LocalDateTime local) {
    if (!a.team().equals(team) || !onShift(a, local)) {
      return false;
    }
    Agent.CareerStep step = a.stepOn(local.toLocalDate());
    return step != null && step.tier() == line;
  }

  /** On a worked shift and employed at this local time (team and line aside). */
  static boolean onShift(Agent a, LocalDateTime local) {
    int hour = local.getHour();
    Shift shift = a.shift();
    if (!shift.covers(hour)) {
      return false;
    }
    LocalDate day = local.toLocalDate();
    LocalDate shiftDay = hour < shift.startHour() ? day.minusDays(1) : day;
    return a.worksShiftStartingOn(shiftDay)
        && shift.minutesIn(hour, local.getMinute()) < a.hoursPerShift() * 60
        && a.employedOn(day);
  }

  /**
   * An agent who may act on a ticket of {@code team} on {@code line} at {@code at}:
   * {@code preferred} if it may, else one drawn at random from those on shift.
   */
  Agent pick(String team, Tier line, long at, RandomGenerator rng, Agent preferred) {
    if (preferred != null && mayAct(preferred, team, line, at)) {
      return preferred;
    }
    LocalDateTime local = local(at);
    List<Agent> pool = pools.getOrDefault(key(team, line, Shift.at(local.getHour())), List.of());
    for (int i = 0; i < RANDOM_TRIES && !pool.isEmpty(); i++) {
      Agent a = pool.get(rng.nextInt(pool.size()));
      if (mayAct(a, team, line, local)) {
        return a;
      }
    }
    for (Agent a : pool) {
      if (mayAct(a, team, line, local)) {
        return a;
      }
    }
    throw new IllegalStateException("no line-" + line.number() + " agent of team " + team
        + " is on shift at " + local + " local; roster.minPerShift=" + minPerShift
        + " should guarantee one");
  }

  LocalDateTime local(long epochSecond) {
    return LocalDateTime.ofEpochSecond(epochSecond, 0,
        zone.getOffset(Instant.ofEpochSecond(epochSecond)));
  }

  private static String key(String team, Tier line, Shift shift) {
    return team + "/" + line.number() + "/" + shift.code();
  }

  // ---------------------------------------------------------------- building

  /** A roster sized for the settings' workload; all randomness from {@code rng}. */
  static Roster build(GeneratorSettings s, ArrivalRates rates, RandomGenerator rng) {
    return new Builder(s, rates, rng).build();
  }

  /**
   * Expected logged work per new ticket on a line, in hours (a rule of thumb for sizing only):
   * visits to the line times public replies per visit times the line's mean handle time. Line 1
   * is visited once plus bounce-backs and writes about 2 replies plus one for a pending period;
   * lines 2 and 3 write about 2.
   */
  static double workHoursPerTicket(GeneratorSettings s, Tier line) {
    double visits = switch (line) {
      case LINE_1 -> 1 + s.escalation12() * s.bounceBack();
      case LINE_2 -> s.escalation12();
      case LINE_3 -> s.escalation12() * s.escalation23();
    };
    double replies = line == Tier.LINE_1 ? 2 + s.pending() : 2;
    return visits * replies * s.timings().handleSeconds().get(line).mean() / 3600;
  }

  /** A draft agent while the roster is built. */
  private static final class Draft {
    final String team;
    final Shift shift;
    final int rotationOffset;
    final boolean core;
    Level level;
    Tier tier;
    int weeklyHours = 40;
    LocalDate hireDate;
    LocalDate leaveDate;
    String role;
    final List<Agent.CareerStep> career = new ArrayList<>();

    Draft(String team, Tier tier, Shift shift, int rotationOffset, boolean core, Level level) {
      this.team = team;
      this.tier = tier;
      this.shift = shift;
      this.rotationOffset = rotationOffset;
      this.core = core;
      this.level = level;
    }
  }

  private static final class Builder {
    private final GeneratorSettings s;
    private final ArrivalRates rates;
    private final RandomGenerator rng;
    private final List<Draft> drafts = new ArrayList<>();
    private final Map<String, Integer> headcount = new LinkedHashMap<>();
    private final List<Draft> changed = new ArrayList<>();

    Builder(GeneratorSettings s, ArrivalRates rates, RandomGenerator rng) {
      this.s = s;
      this.rates = rates;
      this.rng = rng;
    }

    Roster build() {
      sizeShifts();
      List<Draft> others = new ArrayList<>(drafts.stream().filter(d -> !d.core).toList());
      makePartTimers(others);
      addChangingAgents();
      drafts.forEach(this::writePastCareer);
      hireDuringWindow();
      return finish();
    }

    /** Full-time agents per (team, line, shift) for the busiest hour of the shift. */
    private void sizeShifts() {
      RosterModel m = s.roster();
      for (ArrivalModel.Team team : s.arrivals().teams()) {
        for (Tier line : Tier.values()) {
          double work = team.share() * workHoursPerTicket(s, line);
          for (Shift shift : Shift.values()) {
            double peak = 0;
            for (int h = 0; h < 24; h++) {
              if (shift.covers(h)) {
                peak = Math.max(peak, rates.peakPerHour(h) * work);
              }
            }
            int n = Math.max(m.minPerShift(), (int) Math.ceil(peak * 7 / 5 / m.occupancy()));
            headcount.put(key(team.name(), line, shift), n);
            for (int i = 0; i < n; i++) {
              // Offsets 0, 3, 6, 2, 5, 1, 4, ...: the first two never share an off-day.
              drafts.add(new Draft(team.name(), line, shift, (i * 3) % 7, i < m.minPerShift(),
                  levelAtStart(line)));
            }
          }
        }
      }
    }

    /** Line 1 is mostly junior, line 2 middle or senior, line 3 senior or lead. */
    private Level levelAtStart(Tier line) {
      double u = rng.nextDouble();
      return switch (line) {
        case LINE_1 -> u < 0.70 ? Level.JUNIOR : Level.MIDDLE;
        case LINE_2 -> u < 0.55 ? Level.MIDDLE : Level.SENIOR;
        case LINE_3 -> u < 0.75 ? Level.SENIOR : Level.LEAD;
      };
    }

    /**
     * The agents who leave or are promoted during the window come on top of the sized headcount,
     * so their changes never thin a shift below its size: leavers on lines 1 and 2, level
     * promotions from junior line 1, line promotions from middle line 1.
     */
    private void addChangingAgents() {
      RosterModel m = s.roster();
      for (int k = 0; k < m.leavers(); k++) {
        Tier line = k % 2 == 0 ? Tier.LINE_1 : Tier.LINE_2;
        addChanging(k, line, levelAtStart(line), "leave");
      }
      for (int k = 0; k < m.levelPromotions(); k++) {
        addChanging(k + 1, Tier.LINE_1, Level.JUNIOR, "level_promotion");
      }
      for (int k = 0; k < m.linePromotions(); k++) {
        addChanging(k + 2, Tier.LINE_1, Level.MIDDLE, "line_promotion");
      }
    }

    private void addChanging(int k, Tier line, Level level, String role) {
      List<ArrivalModel.Team> teams = s.arrivals().teams();
      Draft d = new Draft(teams.get(k % teams.size()).name(), line,
          k % 2 == 0 ? Shift.EARLY : Shift.LATE, rng.nextInt(7), false, level);
      d.role = role;
      drafts.add(d);
    }

    private void makePartTimers(List<Draft> others) {
      for (Draft d : others) {
        if (rng.nextDouble() < s.roster().partTimeShare()) {
          d.weeklyHours = rng.nextBoolean() ? 20 : 30;
        }
      }
    }

    /**
     * The history up to the window: hired some years ago on a lower rung (or directly on the
     * current one), then promoted step by step; plus the change in the window, if any.
     */
    private void writePastCareer(Draft d) {
      int top = ladderIndex(d.level, d.tier);
      int tenureDays = 30 + rng.nextInt(500) + top * (200 + rng.nextInt(250));
      d.hireDate = s.start().minusDays(tenureDays);
      int entry = top == 0 || rng.nextDouble() < 0.6 ? 0 : 1 + rng.nextInt(top);
      List<LocalDate> dates = new ArrayList<>();
      for (int j = entry + 1; j <= top; j++) {
        dates.add(d.hireDate.plusDays(60 + rng.nextInt(tenureDays - 60)));
      }
      dates.sort(null);
      d.career.add(step(d.hireDate, entry));
      LocalDate previous = d.hireDate;
      for (int j = 0; j < dates.size(); j++) {
        LocalDate date = dates.get(j).isAfter(previous) ? dates.get(j) : previous.plusDays(1);
        d.career.add(step(date, entry + 1 + j));
        previous = date;
      }
      if (d.role != null) {
        LocalDate date = dayInWindow();
        switch (d.role) {
          case "leave" -> d.leaveDate = date;
          case "line_promotion" -> d.career.add(new Agent.CareerStep(date, Level.MIDDLE,
              Tier.LINE_2));
          case "level_promotion" -> d.career.add(new Agent.CareerStep(date, Level.MIDDLE,
              Tier.LINE_1));
          default -> throw new IllegalStateException(d.role);
        }
        changed.add(d);
      }
    }

    private void hireDuringWindow() {
      List<ArrivalModel.Team> teams = s.arrivals().teams();
      for (int k = 0; k < s.roster().newHires(); k++) {
        Draft d = new Draft(teams.get(k % teams.size()).name(), Tier.LINE_1,
            k % 2 == 0 ? Shift.EARLY : Shift.LATE, rng.nextInt(7), false, Level.JUNIOR);
        d.hireDate = dayInWindow();
        d.career.add(new Agent.CareerStep(d.hireDate, Level.JUNIOR, Tier.LINE_1));
        d.role = "hire";
        drafts.add(d);
        changed.add(d);
      }
    }

    /** Agent ids follow the hire date, as helpdesks number their users. */
    private Roster finish() {
      drafts.sort(java.util.Comparator.comparing(d -> d.hireDate));
      List<Agent> agents = new ArrayList<>();
      Map<Draft, String> ids = new LinkedHashMap<>();
      Set<String> names = new HashSet<>();
      for (Draft d : drafts) {
        String id = String.format(Locale.ROOT, "agt-%04d", agents.size() + 1);
        String name = FakeIdentities.agentName(rng, 0);
        for (int attempt = 1; !names.add(name); attempt++) {
          name = FakeIdentities.agentName(rng, attempt);
        }
        ids.put(d, id);
        agents.add(new Agent(id, name, FakeIdentities.agentEmail(name), d.team, d.shift,
            d.rotationOffset, d.weeklyHours, d.hireDate, d.leaveDate, d.career, false));
      }
      List<Change> changes = new ArrayList<>();
      for (Draft d : changed) {
        List<Agent.CareerStep> c = d.career;
        Agent.CareerStep last = c.get(c.size() - 1);
        switch (d.role) {
          case "hire" -> changes.add(new Change(ids.get(d), "hire", d.hireDate, null,
              describe(last)));
          case "leave" -> changes.add(new Change(ids.get(d), "leave", d.leaveDate,
              describe(last), null));
          default -> changes.add(new Change(ids.get(d), d.role, last.effectiveFrom(),
              describe(c.get(c.size() - 2)), describe(last)));
        }
      }
      changes.sort(java.util.Comparator.comparing(Change::date).thenComparing(Change::agentId));
      List<Agent> contractors = new ArrayList<>();
      for (int i = 1; i <= s.roster().contractors(); i++) {
        contractors.add(Agent.contractor(String.format(Locale.ROOT, "ext-%02d", i)));
      }
      return new Roster(agents, contractors, headcount, changes, s.zone().getRules(),
          s.roster().minPerShift());
    }

    private static String describe(Agent.CareerStep step) {
      return step.level().code() + " line " + step.tier().number();
    }

    /** A local date well inside the window: not in its first or last quarter-week-ish. */
    private LocalDate dayInWindow() {
      int days = 7 * s.weeks();
      int margin = Math.min(7, days / 4);
      return s.start().plusDays(margin + rng.nextInt(Math.max(1, days - 2 * margin)));
    }

    private static int ladderIndex(Level level, Tier tier) {
      for (int i = 0; i < LADDER.size(); i++) {
        if (LADDER.get(i).level() == level && LADDER.get(i).tier() == tier) {
          return i;
        }
      }
      throw new IllegalArgumentException("not on the career ladder: " + level + " " + tier);
    }

    private static Agent.CareerStep step(LocalDate date, int ladderIndex) {
      Agent.CareerStep rung = LADDER.get(ladderIndex);
      return new Agent.CareerStep(date, rung.level(), rung.tier());
    }
  }
}
