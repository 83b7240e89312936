package space.consortium.teaming.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Test fixtures: the ISS-like hand-made instance and a checker of the coalition semantics. */
final class Coalitions {

    private Coalitions() {
    }

    static final List<Requirement> ISS = List.of(
            new Requirement("robotic-arm", 9, 1, 1, false),
            new Requirement("service-module", 8, 1, 1, false),
            new Requirement("cargo-resupply", 9, 1, 1, false));

    /** csa arm 120; esa arm 200, service 300; jaxa cargo 150; nasa arm 250, service 400, cargo 180. */
    static List<Candidate> partners(Map<String, Double> caps) {
        return List.of(
                new Candidate("csa", List.of(new Offer("robotic-arm", 9, 120)), caps.get("csa")),
                new Candidate("esa", List.of(new Offer("robotic-arm", 9, 200), new Offer("service-module", 9, 300)),
                        caps.get("esa")),
                new Candidate("jaxa", List.of(new Offer("cargo-resupply", 9, 150)), caps.get("jaxa")),
                new Candidate("nasa", List.of(new Offer("robotic-arm", 9, 250), new Offer("service-module", 9, 400),
                        new Offer("cargo-resupply", 9, 180)), caps.get("nasa")));
    }

    static TeamingProblem iss(Constraints constraints, Objective... priorities) {
        return new TeamingProblem(ISS, partners(Map.of()), constraints, List.of(priorities));
    }

    /** Asserts that the coalition meets every rule of the problem and that its cost adds up. */
    static void assertValid(TeamingProblem problem, Coalition c) {
        Set<String> members = Set.copyOf(c.partners());
        Constraints k = problem.constraints();
        assertThat(members).containsAll(k.required());
        k.excluded().forEach(id -> assertThat(members).doesNotContain(id));
        k.incompatible().forEach(pair -> assertThat(members.contains(pair.first()) && members.contains(pair.second()))
                .as("incompatible pair %s", pair).isFalse());
        if (k.maxPartners() != null) {
            assertThat(members.size()).isLessThanOrEqualTo(k.maxPartners());
        }
        double total = 0;
        java.util.Map<String, Double> spent = new java.util.HashMap<>();
        for (Requirement r : problem.requirements()) {
            String provider = c.providers().get(r.capability());
            assertThat(members).contains(provider);
            Candidate p = problem.candidates().stream().filter(x -> x.id().equals(provider)).findFirst().orElseThrow();
            Offer o = p.offer(r.capability()).orElseThrow();
            assertThat(o.maturity()).isGreaterThanOrEqualTo(r.minMaturity());
            long capable = problem.candidates().stream().filter(x -> members.contains(x.id()))
                    .filter(x -> x.offer(r.capability()).filter(of -> of.maturity() >= r.minMaturity()).isPresent())
                    .count();
            assertThat(capable).as("redundancy of %s", r.capability()).isGreaterThanOrEqualTo(r.redundancy());
            assertThat(c.capable().get(r.capability())).hasSize((int) capable).first().isEqualTo(provider);
            total += o.costUsdMillions() * r.quantity();
            spent.merge(provider, o.costUsdMillions() * r.quantity(), Double::sum);
        }
        spent.forEach((id, sum) -> {
            Double cap = problem.candidates().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow()
                    .budgetCapUsdMillions();
            if (cap != null) {
                assertThat(sum).isLessThanOrEqualTo(cap + 1e-6);
            }
        });
        assertThat(c.costUsdMillions()).isCloseTo(total, org.assertj.core.data.Offset.offset(1e-6));
    }
}
