package io.staffline.rota;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every setting of the rota (jobs/shifts.yaml, read by {@link ShiftsConfig}): the planning zone,
 * the shifts and tours on offer, the hard coverage rules, the level mix, costs and what counts as
 * a night. Definitions: docs/rota.md.
 *
 * @param zone planning time zone: the week is Monday 00:00 to Sunday 24:00 on its wall clock
 * @param fteHoursPerWeek paid hours of one full-time equivalent
 * @param minimumOnDuty agents on duty in every interval of each line, whatever the requirement
 * @param tours by name
 * @param shifts the shift types on offer
 * @param rules who must be on duty
 * @param levelMixTolerance each level's share of a line's headcount may exceed its roster share by
 *     at most this much; empty: levels are free
 * @param costs for the cost objective
 * @param nights what counts as a night shift
 */
public record ShiftOptions(ZoneId zone, double fteHoursPerWeek, int minimumOnDuty, Map<String, Tour> tours,
    List<ShiftType> shifts, List<OnDutyRule> rules, Optional<BigDecimal> levelMixTolerance, Costs costs,
    NightRule nights) {
  public ShiftOptions {
    tours = Map.copyOf(tours);
    shifts = List.copyOf(shifts);
    rules = List.copyOf(rules);
  }

  public Tour tour(String name) {
    Tour t = tours.get(name);
    if (t == null) {
      throw new IllegalArgumentException("unknown tour '" + name + "' (known: " + new java.util.TreeSet<>(tours.keySet()) + ")");
    }
    return t;
  }

  public ShiftOptions withRules(List<OnDutyRule> newRules) {
    return new ShiftOptions(zone, fteHoursPerWeek, minimumOnDuty, tours, shifts, newRules, levelMixTolerance,
        costs, nights);
  }

  public ShiftOptions withShifts(List<ShiftType> newShifts) {
    return new ShiftOptions(zone, fteHoursPerWeek, minimumOnDuty, tours, newShifts, rules, levelMixTolerance,
        costs, nights);
  }

  public ShiftOptions withCosts(Costs newCosts) {
    return new ShiftOptions(zone, fteHoursPerWeek, minimumOnDuty, tours, shifts, rules, levelMixTolerance, newCosts,
        nights);
  }

  public ShiftOptions withMinimumOnDuty(int minimum) {
    return new ShiftOptions(zone, fteHoursPerWeek, minimum, tours, shifts, rules, levelMixTolerance, costs, nights);
  }

  public ShiftOptions withLevelMixTolerance(Optional<BigDecimal> tolerance) {
    return new ShiftOptions(zone, fteHoursPerWeek, minimumOnDuty, tours, shifts, rules, tolerance, costs, nights);
  }
}
