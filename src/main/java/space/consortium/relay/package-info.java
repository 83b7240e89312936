/**
 * Shared operations: Mars relay planning across partners' orbiters. Predicts when each orbiter can talk to each
 * lander, how much data each pass returns, allocates passes fairly and shows what losing an orbiter (or a partner)
 * costs. Entry point: {@link space.consortium.relay.RelayService} (plans, and the registry's relay assets) and
 * {@link space.consortium.relay.RelayAssetService} (editing the orbiters and landers);
 * the computation is in {@code engine} (Orekit, run offline, and OR-Tools CP-SAT).
 */
@NullMarked
package space.consortium.relay;

import org.jspecify.annotations.NullMarked;
