package space.consortium.costshare.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Properties every (pre)nucleolus has, on 100 fixed-seed random games of 3 to 8 players. */
@Tag("slow")
class NucleolusInvariantTests {

    @Test
    void nucleolusIsEfficientSymmetricInTheLeastCoreAndPassesKohlberg() {
        SplittableRandom random = new SplittableRandom(20261125L);
        int withCore = 0;
        int withoutCore = 0;
        for (int trial = 0; trial < 100; trial++) {
            int n = 3 + trial % 6;
            TableGame game = switch (trial % 4) {
                case 0 -> RandomGames.integer(random, n, GameKind.PROFIT);
                case 1 -> RandomGames.integer(random, n, GameKind.COST);
                case 2 -> RandomGames.degenerate(random, n);
                default -> RandomGames.convex(random, n);
            };
            String label = "trial " + trial + " (n = " + n + ", " + game.kind() + ")";
            double scale = Arrays.stream(game.table()).map(Math::abs).max().orElse(1);
            double tol = 1e-9 * scale;
            double[] pre = Nucleolus.prenucleolus().allocate(game).shares();
            double[] nucleolus = Nucleolus.nucleolus().allocate(game).shares();
            double total = game.value(game.grand());

            assertThat(Arrays.stream(pre).sum()).as(label).isCloseTo(total, within(tol));
            assertThat(Arrays.stream(nucleolus).sum()).as(label).isCloseTo(total, within(tol));
            assertThat(Kohlberg.holds(game, pre, tol)).as("Kohlberg, prenucleolus, " + label).isTrue();
            assertThat(Kohlberg.holdsOnImputations(game, nucleolus, tol)).as("Kohlberg, nucleolus, " + label).isTrue();
            for (int i = 0; i < n; i++) {
                double standAlone = game.value(1L << i);
                if (game.kind() == GameKind.PROFIT) {
                    assertThat(nucleolus[i]).as(label).isGreaterThanOrEqualTo(standAlone - tol);
                } else {
                    assertThat(nucleolus[i]).as(label).isLessThanOrEqualTo(standAlone + tol);
                }
            }

            // the prenucleolus lies in the least core: its largest excess is ε*
            double leastCore = Core.leastCore(game);
            CoreVerdict verdict = Core.check(game, pre, tol);
            assertThat(verdict.excess()).as(label).isCloseTo(leastCore, within(1e-7 * scale));
            if (leastCore <= tol) {
                withCore++;
                assertThat(verdict.inCore()).as("prenucleolus in the core, " + label).isTrue();
                assertThat(nucleolus).as("nucleolus = prenucleolus, " + label).containsExactly(pre, within(1e-7 * scale));
                double[][] bounds = Core.coreBounds(game);
                for (int i = 0; i < n; i++) {
                    assertThat(nucleolus[i]).isBetween(bounds[i][0] - 1e-7 * scale, bounds[i][1] + 1e-7 * scale);
                }
            } else {
                withoutCore++;
                assertThat(Core.coreBounds(game)).isEmpty();
            }

            // relabelling the players relabels the nucleolus (anonymity, hence equal shares for symmetric players)
            int[] perm = shuffled(random, n);
            double[] permuted = Nucleolus.nucleolus().allocate(RandomGames.permuted(game, perm)).shares();
            for (int i = 0; i < n; i++) {
                assertThat(permuted[i]).as("anonymity, " + label).isCloseTo(nucleolus[perm[i]], within(1e-7 * scale));
            }

            // covariance: nucleolus(a·v + additive b) = a·nucleolus(v) + b
            double a = 2.5;
            double[] b = new double[n];
            double[] shifted = game.table().clone();
            for (int i = 0; i < n; i++) {
                b[i] = random.nextInt(7) - 3;
            }
            for (int mask = 1; mask < shifted.length; mask++) {
                double additive = 0;
                for (int i = 0; i < n; i++) {
                    if ((mask & (1 << i)) != 0) {
                        additive += b[i];
                    }
                }
                shifted[mask] = a * shifted[mask] + additive;
            }
            double[] covariant = Nucleolus.nucleolus().allocate(new TableGame(game.kind(), game.players(), shifted))
                    .shares();
            for (int i = 0; i < n; i++) {
                assertThat(covariant[i]).as("covariance, " + label).isCloseTo(a * nucleolus[i] + b[i],
                        within(1e-7 * scale));
            }
        }
        assertThat(withCore).isGreaterThan(20);
        assertThat(withoutCore).isGreaterThan(20);
    }

    @Test
    void symmetricGameSplitsEqually() {
        // v(S) depends only on |S|: every player gets v(N)/n
        for (int n = 2; n <= 10; n++) {
            double[] values = new double[1 << n];
            for (int mask = 1; mask < values.length; mask++) {
                int size = Integer.bitCount(mask);
                values[mask] = size * size + (size % 3 == 0 ? 5 : 0);
            }
            TableGame game = new TableGame(GameKind.PROFIT, RandomGames.players(n), values);
            double[] expected = new double[n];
            Arrays.fill(expected, values[values.length - 1] / n);
            assertThat(Nucleolus.prenucleolus().allocate(game).shares()).containsExactly(expected, within(1e-9));
        }
    }

    private static int[] shuffled(SplittableRandom random, int n) {
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = perm[i];
            perm[i] = perm[j];
            perm[j] = swap;
        }
        return perm;
    }
}
