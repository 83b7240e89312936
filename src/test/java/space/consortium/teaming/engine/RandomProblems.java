package space.consortium.teaming.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/** Fixed-seed random coalition problems, for tests and benchmarks. */
public final class RandomProblems {

    private RandomProblems() {
    }

    /**
     * A random problem: each partner offers each capability with probability {@code density}, maturity 5–9, cost
     * 10–500 M USD (whole thousands of dollars); about a tenth of the requirements ask for redundancy 2 and are
     * critical; {@code pairs} random incompatible pairs.
     */
    public static TeamingProblem generate(RandomGenerator random, int partners, int capabilities, int requirements,
                                          double density, int pairs, boolean budgetCaps, Objective... priorities) {
        List<Candidate> candidates = new ArrayList<>();
        for (int p = 0; p < partners; p++) {
            List<Offer> offers = new ArrayList<>();
            for (int k = 0; k < capabilities; k++) {
                if (random.nextDouble() < density) {
                    offers.add(new Offer("cap-" + k, 5 + random.nextInt(5), (10_000 + random.nextInt(490_000)) / 1000.0));
                }
            }
            Double cap = budgetCaps && random.nextDouble() < 0.5 ? 200.0 + random.nextInt(800) : null;
            candidates.add(new Candidate("p" + p, offers, cap));
        }
        List<Requirement> reqs = new ArrayList<>();
        List<Integer> caps = new ArrayList<>();
        for (int k = 0; k < capabilities; k++) {
            caps.add(k);
        }
        java.util.Collections.shuffle(caps, new java.util.Random(random.nextLong()));
        for (int i = 0; i < requirements; i++) {
            boolean critical = random.nextDouble() < 0.1;
            reqs.add(new Requirement("cap-" + caps.get(i), 5 + random.nextInt(4), critical ? 2 : 1,
                    1 + (random.nextDouble() < 0.2 ? 1 : 0), critical));
        }
        Set<String> seen = new HashSet<>();
        List<IncompatiblePair> incompatible = new ArrayList<>();
        while (incompatible.size() < pairs && partners > 1) {
            int a = random.nextInt(partners);
            int b = random.nextInt(partners);
            if (a != b && seen.add(Math.min(a, b) + "+" + Math.max(a, b))) {
                incompatible.add(new IncompatiblePair("p" + a, "p" + b, "random"));
            }
        }
        return new TeamingProblem(reqs, candidates, new Constraints(Set.of(), Set.of(), incompatible, null),
                List.of(priorities.length == 0 ? new Objective[]{Objective.MIN_COST} : priorities));
    }
}
