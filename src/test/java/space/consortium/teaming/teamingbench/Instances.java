package space.consortium.teaming.teamingbench;

import java.util.SplittableRandom;
import java.util.Set;
import space.consortium.teaming.engine.Constraints;
import space.consortium.teaming.engine.Objective;
import space.consortium.teaming.engine.RandomProblems;
import space.consortium.teaming.engine.TeamingProblem;

/** The benchmark instances: 200 partners, 80 capabilities, all required, density 0.12, 60 incompatible pairs. */
public final class Instances {

    private Instances() {
    }

    public static TeamingProblem large(long seed, @org.jspecify.annotations.Nullable Integer maxPartners) {
        TeamingProblem p = RandomProblems.generate(new SplittableRandom(seed), 200, 80, 80, 0.12, 60, false,
                Objective.MIN_COST);
        return new TeamingProblem(p.requirements(), p.candidates(), new Constraints(Set.of(), Set.of(),
                p.constraints().incompatible(), maxPartners), p.priorities());
    }
}
