package space.consortium.costshare.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The core test, the least core and the core bounds, on the reference cases and on random games. */
class CoreTests {

    private static final TableGame TVA = NucleolusReferenceTests.TVA;
    private static final double TVA_TOL = 1e-9 * 412584;

    @Test
    void tvaCoreRangesAreThePublishedOnes() {
        double[][] bounds = Core.coreBounds(TVA);
        assertThat(bounds).hasDimensions(3, 2);
        assertThat(bounds[0]).containsExactly(new double[] {45214, 163520}, within(5e-5));
        assertThat(bounds[1]).containsExactly(new double[] {33763, 140826}, within(5e-5));
        assertThat(bounds[2]).containsExactly(new double[] {110977, 250096}, within(5e-5));
    }

    @Test
    void shapleyNucleolusAndScrbOfTvaAreInTheCore() {
        for (double[] x : List.of(new double[] {117829, 100756.5, 193998.5}, new double[] {116234, 93540, 202810},
                new double[] {117475.5416, 99157.2947, 195951.1637})) {
            CoreVerdict verdict = Core.check(TVA, x, 1e-3); // the SCRB figures are rounded to 4 decimals
            assertThat(verdict.inCore()).isTrue();
            assertThat(verdict.blockingCoalition()).isZero();
            assertThat(verdict.excess()).isNegative();
        }
        // the nucleolus maximises the smallest saving: every singleton saves 47286
        assertThat(Core.check(TVA, new double[] {116234, 93540, 202810}, TVA_TOL).excess())
                .isCloseTo(-47286, within(1e-6));
    }

    @Test
    void tvaLeastCoreIsMinusTheEqualSaving() {
        assertThat(Core.leastCore(TVA)).isCloseTo(-47286, within(1e-6));
    }

    @Test
    void anOverchargedPlayerBlocksAlone() {
        CoreVerdict verdict = Core.check(TVA, new double[] {170000, 40000, 202584}, TVA_TOL);
        assertThat(verdict.inCore()).isFalse();
        assertThat(verdict.blockingCoalition()).isEqualTo(0b001);
        assertThat(verdict.blockingLabel()).isEqualTo("N");
        assertThat(verdict.excess()).isCloseTo(6480, within(1e-9));
        assertThat(Core.inCore(TVA, new double[] {170000, 40000, 202584}, TVA_TOL)).isFalse();
    }

    @Test
    void anInefficientAllocationIsBlockedByTheGrandCoalition() {
        CoreVerdict verdict = Core.check(TVA, new double[] {116234, 93540, 202000}, TVA_TOL);
        assertThat(verdict.inCore()).isFalse();
        assertThat(verdict.blockingLabel()).isEqualTo("N+F+P");
        assertThat(verdict.excess()).isCloseTo(-810, within(1e-9));
    }

    @Test
    void profitGameViolationIsACoalitionGettingLessThanItsWorth() {
        TableGame lemaire = ReferenceGames.bySizeThenLex(GameKind.PROFIT, List.of("1", "2", "3"),
                46125, 17437.5, 5812.5, 69187.5, 53812.5, 30750, 90000);
        CoreVerdict verdict = Core.check(lemaire, new double[] {40000, 30000, 20000}, 1e-6);
        assertThat(verdict.inCore()).isFalse();
        assertThat(verdict.blockingLabel()).isEqualTo("1");
        assertThat(verdict.excess()).isCloseTo(6125, within(1e-9));
        assertThat(Core.inCore(lemaire, new double[] {52687.5, 24468.75, 12843.75}, 1e-6)).isTrue();
    }

    @Test
    void emptyCoreHasPositiveLeastCoreAndNoBounds() {
        // majority game: any two players get 1, so no split of 1 satisfies all three pairs
        TableGame majority = ReferenceGames.bySizeThenLex(GameKind.PROFIT, List.of("a", "b", "c"),
                0, 0, 0, 1, 1, 1, 1);
        assertThat(Core.leastCore(majority)).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(Core.coreBounds(majority)).isEmpty();
    }

    @Test
    void coreBoundsOfConvexGamesRunFromStandAloneToMarginalOnTheRest() {
        SplittableRandom random = new SplittableRandom(20261125);
        for (int trial = 0; trial < 20; trial++) {
            int n = 3 + trial % 5;
            TableGame game = RandomGames.convex(random, n);
            double[][] bounds = Core.coreBounds(game);
            int grand = (1 << n) - 1;
            for (int i = 0; i < n; i++) {
                // convex game: the core is the hull of the marginal vectors, so x_i ranges over [v(i), v(N) − v(N∖i)]
                assertThat(bounds[i][0]).isCloseTo(game.value(1 << i), within(1e-7));
                assertThat(bounds[i][1]).isCloseTo(game.value(grand) - game.value(grand ^ (1 << i)), within(1e-7));
            }
            assertThat(Core.leastCore(game)).isLessThanOrEqualTo(1e-9);
        }
    }

    @Test
    void coreVerdictAgreesWithABruteForceScanOnRandomPoints() {
        SplittableRandom random = new SplittableRandom(7);
        int inside = 0;
        int outside = 0;
        for (int trial = 0; trial < 200; trial++) {
            int n = 2 + trial % 7;
            TableGame game = RandomGames.convex(random, n);
            int grand = (1 << n) - 1;
            // a random convex combination of two marginal vectors lies in the core of a convex game
            double[] a = RandomGames.marginalVector(game, random);
            double[] b = RandomGames.marginalVector(game, random);
            double t = random.nextDouble();
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = t * a[i] + (1 - t) * b[i];
            }
            if (trial % 2 == 1) { // push value from one player to another; often leaves the core
                int from = random.nextInt(n);
                int to = (from + 1 + random.nextInt(n - 1)) % n;
                double shift = random.nextDouble() * 20;
                x[from] -= shift;
                x[to] += shift;
            }
            double worst = Double.NEGATIVE_INFINITY;
            for (int mask = 1; mask < grand; mask++) {
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    if ((mask & (1 << i)) != 0) {
                        sum += x[i];
                    }
                }
                if (game.value(mask) - sum > worst) {
                    worst = game.value(mask) - sum;
                }
            }
            CoreVerdict verdict = Core.check(game, x, 1e-9);
            boolean expected = worst <= 1e-9;
            assertThat(verdict.inCore()).as("trial %d", trial).isEqualTo(expected);
            if (expected) {
                inside++;
            } else {
                outside++;
                assertThat(verdict.excess()).isCloseTo(worst, within(1e-9));
                assertThat(game.value(verdict.blockingCoalition()) - sumOf(x, verdict.blockingCoalition()))
                        .isCloseTo(worst, within(1e-9));
                assertThat(verdict.blockingLabel())
                        .isEqualTo(TableGame.label(game.players(), verdict.blockingCoalition()));
            }
        }
        assertThat(inside).isGreaterThan(50);
        assertThat(outside).isGreaterThan(30);
    }

    private static double sumOf(double[] x, long mask) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            if ((mask & (1L << i)) != 0) {
                sum += x[i];
            }
        }
        return sum;
    }
}
