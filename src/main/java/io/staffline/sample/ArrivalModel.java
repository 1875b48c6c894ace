package io.staffline.sample;

import io.staffline.ticket.Channel;
import io.staffline.ticket.Priority;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who writes in, when and about what: the entry teams with their share of contacts and their
 * categories, the channel and priority mixes, and the shape of the arrival rate (hour of the local
 * day, day of the week, public holidays, weekly trend). Defaults are in {@link #defaults()}.
 *
 * @param hourlyProfile 24 relative weights for local hours 0..23 (never zero: 24/7 service)
 * @param weekdayProfile 7 relative weights, Monday first
 * @param trendPerWeek linear growth of the rate per week, centred on the middle of the window
 */
public record ArrivalModel(
    List<Team> teams,
    Map<Channel, Double> channelShares,
    Map<Priority, Double> priorityShares,
    List<Double> hourlyProfile,
    List<Double> weekdayProfile,
    List<Holiday> holidays,
    double trendPerWeek) {

  /** An entry team (the same name on lines 1, 2 and 3), its share of new tickets, its topics. */
  public record Team(String name, double share, List<String> categories) {
    public Team {
      if (name == null || !name.matches("[a-z][a-z0-9_-]*")) {
        throw new IllegalArgumentException(
            "arrivals.teams: a team name is lower-case letters, digits, '-' or '_', not " + name);
      }
      if (!(share > 0)) {
        throw new IllegalArgumentException("arrivals.teams." + name + ".share must be > 0");
      }
      categories = List.copyOf(categories);
      if (categories.isEmpty()) {
        throw new IllegalArgumentException("arrivals.teams." + name + ".categories is empty");
      }
    }
  }

  /** A day on which contacts drop to {@code factor} of the usual rate (local date). */
  public record Holiday(LocalDate date, String name, double factor) {
    public Holiday {
      if (!(factor > 0 && factor <= 1)) {
        throw new IllegalArgumentException(
            "arrivals.holidays." + date + ".factor must be in (0, 1], not " + factor);
      }
    }
  }

  public ArrivalModel {
    teams = List.copyOf(teams);
    channelShares = Collections.unmodifiableMap(new EnumMap<>(channelShares));
    priorityShares = Collections.unmodifiableMap(new EnumMap<>(priorityShares));
    hourlyProfile = List.copyOf(hourlyProfile);
    weekdayProfile = List.copyOf(weekdayProfile);
    holidays = List.copyOf(holidays);
    Map<String, Double> teamShares = new LinkedHashMap<>();
    for (Team t : teams) {
      if (teamShares.put(t.name(), t.share()) != null) {
        throw new IllegalArgumentException("arrivals.teams: team " + t.name() + " appears twice");
      }
    }
    Mix.checkShares("arrivals.teams.share", teamShares);
    Mix.checkShares("arrivals.channelShares", channelShares);
    Mix.checkShares("arrivals.priorityShares", priorityShares);
    checkProfile("arrivals.hourlyProfile", hourlyProfile, 24);
    checkProfile("arrivals.weekdayProfile", weekdayProfile, 7);
    Set<LocalDate> days = new HashSet<>();
    for (Holiday h : holidays) {
      if (!days.add(h.date())) {
        throw new IllegalArgumentException("arrivals.holidays: " + h.date() + " appears twice");
      }
    }
  }

  private static void checkProfile(String setting, List<Double> profile, int size) {
    if (profile.size() != size) {
      throw new IllegalArgumentException(
          setting + " must have " + size + " values, not " + profile.size());
    }
    for (int i = 0; i < size; i++) {
      if (!(profile.get(i) > 0)) {
        throw new IllegalArgumentException(setting + "[" + i + "] must be > 0 (the service is"
            + " open around the clock), not " + profile.get(i));
      }
    }
  }

  /** The documented defaults (docs/generator.md). */
  public static ArrivalModel defaults() {
    Map<Channel, Double> channels = new EnumMap<>(Channel.class);
    channels.put(Channel.PHONE, 0.30);
    channels.put(Channel.EMAIL, 0.30);
    channels.put(Channel.CHAT, 0.25);
    channels.put(Channel.WEB, 0.15);
    Map<Priority, Double> priorities = new EnumMap<>(Priority.class);
    priorities.put(Priority.URGENT, 0.05);
    priorities.put(Priority.HIGH, 0.20);
    priorities.put(Priority.NORMAL, 0.60);
    priorities.put(Priority.LOW, 0.15);
    return new ArrivalModel(
        List.of(
            new Team("billing", 0.35, List.of("invoice", "refund", "payment")),
            new Team("technical", 0.45, List.of("login", "bug", "integration")),
            new Team("accounts", 0.20, List.of("access", "profile", "cancellation"))),
        channels,
        priorities,
        // Morning peak at 10:00, lunch dip, afternoon peak at 14:00, a thin night.
        List.of(0.10, 0.07, 0.05, 0.05, 0.05, 0.08, 0.20, 0.45, 0.80, 1.00, 1.10, 1.00,
            0.75, 0.90, 1.05, 0.95, 0.80, 0.60, 0.45, 0.35, 0.28, 0.22, 0.17, 0.13),
        List.of(1.10, 1.05, 1.00, 0.98, 0.90, 0.35, 0.35),
        List.of(
            new Holiday(LocalDate.of(2026, 10, 3), "Tag der Deutschen Einheit", 0.30),
            new Holiday(LocalDate.of(2026, 10, 2), "Brückentag (company bridge day)", 0.30)),
        0.01);
  }
}
