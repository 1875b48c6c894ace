/**
 * Rota sizing: how many agents on which shift patterns (start × length × break placement × tour)
 * cover a week of interval requirements, solved exactly as a covering integer program with
 * OR-Tools CP-SAT (with its linear-relaxation bound from GLOP), and the cyclic rotation that shares
 * nights and weekends evenly. OR-Tools is used here only, in {@link io.staffline.rota.CpSatSolver}
 * and {@link io.staffline.rota.LinearRelaxation}; the model itself is pure. Definitions and a
 * worked example: docs/rota.md.
 */
package io.staffline.rota;
