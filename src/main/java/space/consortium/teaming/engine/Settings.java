package space.consortium.teaming.engine;

import java.time.Duration;

/**
 * How hard the solver works.
 *
 * @param timeLimit    wall-clock limit of the main solve (all lexicographic stages together)
 * @param workers      CP-SAT search workers (threads), at least 1
 * @param paretoPoints most points of the cost-versus-size Pareto set; 0: none
 */
public record Settings(Duration timeLimit, int workers, int paretoPoints) {

    public static final Settings DEFAULT = new Settings(Duration.ofSeconds(20), 2, 6);

    public Settings {
        if (timeLimit.isNegative() || timeLimit.isZero() || workers < 1 || paretoPoints < 0) {
            throw new IllegalArgumentException("time limit and workers must be positive, pareto points ≥ 0");
        }
    }

    public Settings withParetoPoints(int points) {
        return new Settings(timeLimit, workers, points);
    }
}
