package space.consortium.relay.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What losing relay assets costs: the allocation without some orbiters (retirement, safe mode) or without every
 * orbiter of some partners, compared lander by lander with the full allocation.
 *
 * @param removedOrbiters orbiters taken out
 * @param removedOwners   partners whose orbiters were all taken out
 * @param scenario        the allocation without them
 * @param changes         per lander: volume and unmet demand, before and after
 */
public record WhatIf(Set<String> removedOrbiters, Set<String> removedOwners, Allocation scenario,
                     List<Change> changes) {

    public WhatIf {
        removedOrbiters = Set.copyOf(removedOrbiters);
        removedOwners = Set.copyOf(removedOwners);
        changes = List.copyOf(changes);
    }

    /**
     * One lander's loss.
     *
     * @param lander          lander id
     * @param baselineMbit    volume with every asset, Mbit
     * @param scenarioMbit    volume without the removed assets, Mbit
     * @param changeMbit      scenario − baseline, Mbit (negative = lost)
     * @param baselineUnmetMbit unmet demand with every asset, Mbit
     * @param scenarioUnmetMbit unmet demand without the removed assets, Mbit
     */
    public record Change(String lander, double baselineMbit, double scenarioMbit, double changeMbit,
                         double baselineUnmetMbit, double scenarioUnmetMbit) {
    }

    /** Re-allocates without the removed assets and compares with the baseline. */
    public static WhatIf of(PassScheduler scheduler, Allocation baseline, List<Pass> passes, List<Lander> landers,
                            AllocationRules rules, Set<String> removedOrbiters, Set<String> removedOwners) {
        List<Pass> left = passes.stream()
                .filter(p -> !removedOrbiters.contains(p.orbiter()) && !removedOwners.contains(p.orbiterOwner()))
                .toList();
        Allocation scenario = scheduler.allocate(left, landers, rules);
        List<Change> changes = new ArrayList<>();
        for (Allocation.LanderTotal before : baseline.landers()) {
            Allocation.LanderTotal after = scenario.total(before.lander()).orElseThrow();
            changes.add(new Change(before.lander(), before.volumeMbit(), after.volumeMbit(),
                    after.volumeMbit() - before.volumeMbit(), before.unmetMbit(), after.unmetMbit()));
        }
        return new WhatIf(removedOrbiters, removedOwners, scenario, changes);
    }
}
