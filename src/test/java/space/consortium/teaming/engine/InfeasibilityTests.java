package space.consortium.teaming.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InfeasibilityTests {

    private static final CoalitionCpSat SOLVER = new CoalitionCpSat(new Settings(Duration.ofSeconds(10), 2, 0));

    private static TeamingResult.Infeasible infeasible(TeamingProblem problem) {
        TeamingResult result = SOLVER.solve(problem);
        assertThat(result).isInstanceOf(TeamingResult.Infeasible.class);
        return (TeamingResult.Infeasible) result;
    }

    @Test
    void capabilityNobodyOffersIsNamed() {
        List<Requirement> reqs = List.of(Coalitions.ISS.get(0), new Requirement("mars-relay", 5, 1, 1, false));
        TeamingResult.Infeasible r = infeasible(new TeamingProblem(reqs, Coalitions.partners(Map.of()),
                Constraints.NONE, Objective.MIN_COST));
        assertThat(r.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Conflict.Kind.NO_CAPABLE_PARTNER);
            assertThat(c.subject()).isEqualTo("mars-relay");
            assertThat(c.message()).contains("no candidate offers it");
        });
    }

    @Test
    void excludingEveryCapablePartnerIsNamed() {
        Constraints c = new Constraints(Set.of(), Set.of("esa", "nasa"), List.of(), null);
        TeamingResult.Infeasible r = infeasible(Coalitions.iss(c, Objective.MIN_COST));
        assertThat(r.conflicts()).extracting(Conflict::subject).containsExactly("service-module");
        assertThat(r.conflicts().get(0).message()).contains("capable but excluded: esa, nasa");
    }

    @Test
    void maturityBelowTheMinimumIsNamed() {
        List<Candidate> partners = List.of(new Candidate("isro", List.of(new Offer("robotic-arm", 6, 50))));
        TeamingResult.Infeasible r = infeasible(new TeamingProblem(List.of(Coalitions.ISS.get(0)), partners,
                Constraints.NONE, Objective.MIN_COST));
        assertThat(r.conflicts().get(0).message()).contains("isro (TRL 6)");
    }

    @Test
    void redundancyLargerThanCapablePartnersIsNamed() {
        List<Requirement> reqs = List.of(new Requirement("service-module", 8, 3, 1, true));
        TeamingResult.Infeasible r = infeasible(new TeamingProblem(reqs, Coalitions.partners(Map.of()),
                Constraints.NONE, Objective.MIN_COST));
        assertThat(r.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Conflict.Kind.TOO_FEW_CAPABLE_PARTNERS);
            assertThat(c.message()).contains("redundancy 3").contains("esa, nasa");
        });
    }

    @Test
    void requiredIncompatiblePairIsTheMinimalConflict() {
        Constraints c = new Constraints(Set.of("csa", "jaxa"), Set.of(),
                List.of(new IncompatiblePair("csa", "jaxa", "policy X")), null);
        TeamingResult.Infeasible r = infeasible(Coalitions.iss(c, Objective.MIN_COST));
        assertThat(r.minimal()).isTrue();
        assertThat(r.conflicts()).extracting(Conflict::kind).containsExactlyInAnyOrder(
                Conflict.Kind.REQUIRED_PARTNER, Conflict.Kind.REQUIRED_PARTNER, Conflict.Kind.INCOMPATIBLE_PAIR);
        assertThat(r.conflicts()).anySatisfy(k -> assertThat(k.message()).contains("policy X"));
    }

    @Test
    void sizeLimitWithARequiredLeadConflictsWithARequirementTheLeadCannotMeet() {
        Constraints c = new Constraints(Set.of("csa"), Set.of(), List.of(), 1);
        TeamingResult.Infeasible r = infeasible(Coalitions.iss(c, Objective.MIN_COST));
        assertThat(r.conflicts()).hasSize(3);
        assertThat(r.conflicts()).extracting(Conflict::kind).contains(Conflict.Kind.REQUIRED_PARTNER,
                Conflict.Kind.MAX_PARTNERS, Conflict.Kind.REQUIREMENT);
        assertThat(r.conflicts()).filteredOn(k -> k.kind() == Conflict.Kind.REQUIREMENT)
                .extracting(Conflict::subject).isSubsetOf("service-module", "cargo-resupply");
    }

    @Test
    void budgetCapsThatTogetherCannotPayAreTheConflict() {
        // arm 120 (csa) fits no cap of 100; esa and nasa capped at 100 too: nobody can be paid for the arm
        TeamingProblem p = new TeamingProblem(List.of(Coalitions.ISS.get(0)),
                Coalitions.partners(Map.of("csa", 100.0, "esa", 100.0, "nasa", 100.0, "jaxa", 1000.0)),
                Constraints.NONE, Objective.MIN_COST);
        TeamingResult.Infeasible r = infeasible(p);
        assertThat(r.conflicts()).extracting(Conflict::subject)
                .containsExactlyInAnyOrder("robotic-arm", "csa", "esa", "nasa");
    }
}
