package space.consortium.teaming.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CoalitionCpSatTests {

    private static final CoalitionCpSat SOLVER = new CoalitionCpSat(new Settings(Duration.ofSeconds(10), 2, 6));

    private static TeamingResult.Solved solved(TeamingProblem problem) {
        TeamingResult result = SOLVER.solve(problem);
        assertThat(result).isInstanceOf(TeamingResult.Solved.class);
        TeamingResult.Solved s = (TeamingResult.Solved) result;
        Coalitions.assertValid(problem, s.coalition());
        return s;
    }

    @Test
    void cheapestCoalitionTakesEachPartnersBestCapability() {
        // by hand: arm csa 120 + service esa 300 + cargo jaxa 150 = 570; every other coalition costs more
        TeamingResult.Solved s = solved(Coalitions.iss(Constraints.NONE, Objective.MIN_COST));
        assertThat(s.optimal()).isTrue();
        assertThat(s.coalition().partners()).containsExactly("csa", "esa", "jaxa");
        assertThat(s.coalition().providers()).containsEntry("robotic-arm", "csa")
                .containsEntry("service-module", "esa").containsEntry("cargo-resupply", "jaxa");
        assertThat(s.coalition().costUsdMillions()).isCloseTo(570, offset(1e-9));
        assertThat(s.stages().get(0).gap()).isZero();
    }

    @Test
    void fewestPartnersIsNasaAloneAtItsOwnCost() {
        TeamingResult.Solved s = solved(Coalitions.iss(Constraints.NONE, Objective.MIN_PARTNERS));
        assertThat(s.coalition().partners()).containsExactly("nasa");
        assertThat(s.coalition().costUsdMillions()).isCloseTo(250 + 400 + 180, offset(1e-9));
    }

    @Test
    void paretoSetListsLeastCostPerCoalitionSize() {
        // size 1: nasa 830; size 2: esa+jaxa 200+300+150 = 650; size 3: 570; size 4: still 570, but every partner
        // in: redundancy (capable members summed over requirements) 3 + 2 + 2 = 7 instead of 2 + 1 + 1
        TeamingResult.Solved s = solved(Coalitions.iss(Constraints.NONE, Objective.MIN_COST));
        assertThat(s.pareto()).extracting(TeamingResult.ParetoPoint::partners).containsExactly(1, 2, 3, 4);
        assertThat(s.pareto()).extracting(TeamingResult.ParetoPoint::costUsdMillions)
                .containsExactly(830.0, 650.0, 570.0, 570.0);
        assertThat(s.pareto()).extracting(TeamingResult.ParetoPoint::redundancy).containsExactly(3, 3, 4, 7);
        assertThat(s.pareto().get(1).coalition()).containsExactly("esa", "jaxa");
    }

    @Test
    void redundancyOnCargoBringsNasaInWithoutPayingIt() {
        List<Requirement> reqs = List.of(Coalitions.ISS.get(0), Coalitions.ISS.get(1),
                new Requirement("cargo-resupply", 9, 2, 1, true));
        TeamingProblem problem = new TeamingProblem(reqs, Coalitions.partners(Map.of()), Constraints.NONE,
                Objective.MIN_COST);
        TeamingResult.Solved s = solved(problem);
        // cargo needs jaxa and nasa in; only jaxa (150) is paid: 120 + 300 + 150
        assertThat(s.coalition().partners()).containsExactly("csa", "esa", "jaxa", "nasa");
        assertThat(s.coalition().costUsdMillions()).isCloseTo(570, offset(1e-9));
        assertThat(s.coalition().capable().get("cargo-resupply")).containsExactly("jaxa", "nasa");
    }

    @Test
    void budgetCapMovesTheServiceModuleToNasa() {
        TeamingProblem problem = new TeamingProblem(Coalitions.ISS, Coalitions.partners(Map.of("esa", 250.0)),
                Constraints.NONE, Objective.MIN_COST);
        // esa cannot take the 300 service module: csa 120 + nasa 400 + jaxa 150 = 670
        assertThat(solved(problem).coalition().costUsdMillions()).isCloseTo(670, offset(1e-9));
    }

    @Test
    void incompatiblePairAndSizeLimitAreHonoured() {
        Constraints pair = new Constraints(Set.of(), Set.of(), List.of(new IncompatiblePair("csa", "jaxa", "test")), null);
        // without csa+jaxa together: csa+esa+nasa = 120+300+180 = 600
        assertThat(solved(Coalitions.iss(pair, Objective.MIN_COST)).coalition().costUsdMillions()).isCloseTo(600, offset(1e-9));
        Constraints two = new Constraints(Set.of(), Set.of(), List.of(), 2);
        assertThat(solved(Coalitions.iss(two, Objective.MIN_COST)).coalition().costUsdMillions()).isCloseTo(650, offset(1e-9));
    }

    @Test
    void lexicographicFewestPartnersThenCost() {
        Constraints leadCsa = new Constraints(Set.of("csa"), Set.of(), List.of(), null);
        // with csa required, the smallest coalitions have 2 members: csa+nasa (120+400+180 = 700) is the cheapest
        TeamingResult.Solved s = solved(Coalitions.iss(leadCsa, Objective.MIN_PARTNERS, Objective.MIN_COST));
        assertThat(s.coalition().partners()).containsExactly("csa", "nasa");
        assertThat(s.coalition().costUsdMillions()).isCloseTo(700, offset(1e-9));
        assertThat(s.stages()).extracting(TeamingResult.Stage::objective)
                .containsExactly(Objective.MIN_PARTNERS, Objective.MIN_COST);
    }

    @Test
    void maxRedundancyCountsCapableMembersOfCriticalRequirements() {
        List<Requirement> reqs = List.of(new Requirement("robotic-arm", 9, 1, 1, true), Coalitions.ISS.get(1),
                Coalitions.ISS.get(2));
        TeamingProblem problem = new TeamingProblem(reqs, Coalitions.partners(Map.of()),
                new Constraints(Set.of(), Set.of(), List.of(), 3), List.of(Objective.MAX_REDUNDANCY, Objective.MIN_COST));
        TeamingResult.Solved s = solved(problem);
        // three arm-capable partners (csa, esa, nasa) fit in 3 and cover all: 120 + 300 + 180 = 600
        assertThat(s.coalition().redundancy()).isEqualTo(3);
        assertThat(s.coalition().partners()).containsExactly("csa", "esa", "nasa");
        assertThat(s.coalition().costUsdMillions()).isCloseTo(600, offset(1e-9));
    }

    @Test
    void quantityMultipliesTheProvidersCost() {
        List<Requirement> reqs = List.of(new Requirement("cargo-resupply", 9, 1, 3, false));
        TeamingResult.Solved s = solved(new TeamingProblem(reqs, Coalitions.partners(Map.of()), Constraints.NONE,
                Objective.MIN_COST));
        assertThat(s.coalition().partners()).containsExactly("jaxa");
        assertThat(s.coalition().costUsdMillions()).isCloseTo(450, offset(1e-9));
    }
}
