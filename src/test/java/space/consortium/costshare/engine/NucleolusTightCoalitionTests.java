package space.consortium.costshare.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The classic error (Guajardo &amp; Jörnsten 2015): fixing every coalition that is tight at the optimum the LP
 * solver happens to return, instead of only those tight at every optimum.
 */
class NucleolusTightCoalitionTests {

    /**
     * Players 1 and 2 are symmetric; v(12) = 4, v(123) = 6, all else 0. The first LP has ε = 1 at every
     * x = (t, 5 − t, 1), t ∈ [1, 4]: {3} and {12} are tight everywhere, but the LP solver returns a vertex
     * (t = 1 or 4) where {1} or {2} is tight as well. Fixing it gives (1, 4, 1) or (4, 1, 1), which is not even
     * symmetric; the second LP, over {1}, {2}, {13}, {23}, splits the 5 equally: (2.5, 2.5, 1).
     */
    static final TableGame SYMMETRIC_PAIR = ReferenceGames.bySizeThenLex(GameKind.PROFIT, List.of("1", "2", "3"),
            0, 0, 0, 4, 0, 0, 6);

    @Test
    void nucleolusFixesOnlyCoalitionsTightAtEveryOptimum() {
        for (Nucleolus rule : List.of(Nucleolus.nucleolus(), Nucleolus.prenucleolus())) {
            assertThat(rule.allocate(SYMMETRIC_PAIR).shares()).containsExactly(new double[] {2.5, 2.5, 1},
                    within(1e-9));
        }
        assertThat(Kohlberg.holds(SYMMETRIC_PAIR, new double[] {2.5, 2.5, 1}, 1e-9)).isTrue();
    }

    @Test
    void fixingEveryTightCoalitionGivesAnAnswerKohlbergRejects() {
        double[] wrong = fixEveryTightCoalition(SYMMETRIC_PAIR);
        assertThat(wrong[0]).isNotCloseTo(wrong[1], within(0.5)); // (1, 4, 1) or (4, 1, 1)
        assertThat(Kohlberg.holds(SYMMETRIC_PAIR, wrong, 1e-9)).isFalse();
        assertThat(Kohlberg.holdsOnImputations(SYMMETRIC_PAIR, wrong, 1e-9)).isFalse();
    }

    @Test
    @Tag("slow")
    void kohlbergHoldsOnRandomDegenerateGamesWhereTheShortcutFails() {
        SplittableRandom random = new SplittableRandom(1969);
        int shortcutWrong = 0;
        for (int trial = 0; trial < 60; trial++) {
            int n = 3 + trial % 5;
            TableGame game = RandomGames.degenerate(random, n);
            double tol = 1e-9 * n;
            double[] pre = Nucleolus.prenucleolus().allocate(game).shares();
            double[] nucleolus = Nucleolus.nucleolus().allocate(game).shares();
            assertThat(Kohlberg.holds(game, pre, tol)).as("prenucleolus, trial %d", trial).isTrue();
            assertThat(Kohlberg.holdsOnImputations(game, nucleolus, tol)).as("nucleolus, trial %d", trial).isTrue();
            if (!Kohlberg.holds(game, fixEveryTightCoalition(game), tol)) {
                shortcutWrong++;
            }
        }
        assertThat(shortcutWrong).as("games on which the shortcut is wrong").isGreaterThan(5);
    }

    /** The erroneous method, for contrast: prenucleolus by sequential LPs fixing every coalition tight at x. */
    static double[] fixEveryTightCoalition(TableGame game) {
        int n = game.size();
        int grand = (1 << n) - 1;
        double[] w = Nucleolus.profitValues(game);
        boolean[] fixed = new boolean[1 << n];
        fixed[0] = true;
        fixed[grand] = true;
        double[] fixedRhs = new double[1 << n];
        CoalitionSpan span = new CoalitionSpan(n);
        span.add(grand);
        double[] x = new double[n];
        while (span.rank() < n) {
            try (ExcessLp lp = new ExcessLp(n, w, fixed.clone(), mask -> true, null)) {
                for (int mask = 1; mask < grand; mask++) {
                    if (fixed[mask]) {
                        lp.fixCoalition(mask, fixedRhs[mask]);
                    } else {
                        lp.addCut(mask);
                    }
                }
                lp.maximiseLevel();
                lp.optimise();
                x = lp.x();
                CoalitionSums sums = new CoalitionSums(x);
                for (int mask = 1; mask < grand; mask++) {
                    if (!fixed[mask] && sums.of(mask) - w[mask] <= lp.level() + 1e-9) {
                        fixed[mask] = true; // the error: tight here is not tight at every optimum
                        fixedRhs[mask] = sums.of(mask);
                        span.add(mask);
                    }
                }
            }
        }
        return x;
    }
}
