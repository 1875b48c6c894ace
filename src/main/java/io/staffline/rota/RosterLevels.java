package io.staffline.rota;

import io.staffline.ingest.LakeSchema.Agents;
import io.staffline.tables.ParquetTables;
import io.staffline.ticket.Level;
import io.staffline.ticket.Vocabulary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tech.tablesaw.api.Table;

/**
 * The roster's level mix: agents per line and level employed in the planned week (hired by its
 * Sunday, not left before its Monday), from the lake's {@code agents} table (docs/data-model.md).
 *
 * @param counts line → level → agents
 */
public record RosterLevels(Map<Integer, Map<Level, Integer>> counts) {
  /** No roster: every line's levels are unknown. */
  public static final RosterLevels NONE = new RosterLevels(Map.of());

  /** Reads {@code LAKE/current/agents}. */
  public static RosterLevels read(Path lake, LocalDate monday) {
    Path folder = lake.resolve("current").resolve(Agents.NAME);
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("no roster at " + folder + " (give --roster DIR, the lake, or --roster none)");
    }
    Table t = ParquetTables.read(folder, Set.of(Agents.TIER, Agents.LEVEL, Agents.HIRE_DATE, Agents.LEAVE_DATE));
    LocalDate sunday = monday.plusDays(6);
    Map<Integer, Map<Level, Integer>> counts = new TreeMap<>();
    for (int r = 0; r < t.rowCount(); r++) {
      LocalDate hired = t.dateColumn(Agents.HIRE_DATE).get(r);
      LocalDate left = t.dateColumn(Agents.LEAVE_DATE).get(r);
      if ((hired != null && hired.isAfter(sunday)) || (left != null && left.isBefore(monday))) {
        continue;
      }
      String code = t.stringColumn(Agents.LEVEL).get(r);
      Level level = Vocabulary.parse(Level.class, code).orElseThrow(() -> new IllegalArgumentException(
          folder + ": unknown level '" + code + "'"));
      counts.computeIfAbsent(t.intColumn(Agents.TIER).get(r), x -> new EnumMap<>(Level.class)).merge(level, 1, Integer::sum);
    }
    return new RosterLevels(counts);
  }

  /** The agent kinds of one line: one per level on its roster, or one of unknown level. */
  public java.util.List<AgentKind> kinds(int tier) {
    Map<Level, Integer> levels = counts.get(tier);
    if (levels == null || levels.isEmpty()) {
      return java.util.List.of(new AgentKind(tier, null, 0));
    }
    return levels.entrySet().stream().map(e -> new AgentKind(tier, e.getKey(), e.getValue())).toList();
  }
}
