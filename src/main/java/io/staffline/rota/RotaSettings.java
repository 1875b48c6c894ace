package io.staffline.rota;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What one run of the rota job does. Defaults are the command's (docs/rota.md §command).
 *
 * @param source the requirements
 * @param options shift options (jobs/shifts.yaml)
 * @param roster the lake whose {@code agents} give each line's level mix; empty: levels unknown
 * @param objective what to minimise
 * @param joint all lines in one model (summary tier 0) instead of one solve per line
 * @param limits solver limits
 * @param out output folder; tables land in {@code out/current/<table>}
 */
public record RotaSettings(RequirementSource source, ShiftOptions options, Optional<Path> roster, Objective objective,
    boolean joint, SolverLimits limits, Path out) {
}
