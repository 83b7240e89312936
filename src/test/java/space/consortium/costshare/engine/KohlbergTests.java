package space.consortium.costshare.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Kohlberg criterion accepts the (pre)nucleolus and rejects everything else. */
class KohlbergTests {

    private static final TableGame TVA = NucleolusReferenceTests.TVA;

    /**
     * v(1) = 0, v(2) = 1, v(3) = 4, v(12) = 4, v(13) = 4, v(23) = 2, v(123) = 5. The stand-alone values add up to
     * v(N), so (0, 1, 4) is the only imputation and hence the nucleolus. The prenucleolus is (1.5, 1, 2.5): its
     * excesses are 1.5 for {3} and {12} (a partition: balanced), then 0 for {2} and {13} (with the first two,
     * balanced with weights ½, and of rank 3). It gives player 3 less than v(3) = 4.
     */
    private static final TableGame APART = ReferenceGames.bySizeThenLex(GameKind.PROFIT, List.of("1", "2", "3"),
            0, 1, 4, 4, 4, 2, 5);

    @Test
    void acceptsTheTvaNucleolusAndRejectsShapley() {
        double tol = 1e-6;
        assertThat(Kohlberg.holds(TVA, new double[] {116234, 93540, 202810}, tol)).isTrue();
        assertThat(Kohlberg.holds(TVA, new double[] {117829, 100756.5, 193998.5}, tol)).isFalse();
        assertThat(Kohlberg.holds(TVA, new double[] {116235, 93539, 202810}, tol)).isFalse();
        assertThat(Kohlberg.holdsOnImputations(TVA, new double[] {117829, 100756.5, 193998.5}, tol)).isFalse();
    }

    @Test
    void rejectsAnInefficientAllocation() {
        assertThat(Kohlberg.holds(TVA, new double[] {116234, 93540, 202800}, 1e-6)).isFalse();
    }

    @Test
    void tellsTheNucleolusFromThePrenucleolusWhenTheyDiffer() {
        double[] nucleolus = {0, 1, 4};
        double[] prenucleolus = {1.5, 1, 2.5};
        assertThat(Kohlberg.holdsOnImputations(APART, nucleolus, 1e-9)).isTrue();
        assertThat(Kohlberg.holds(APART, nucleolus, 1e-9)).isFalse();
        assertThat(Kohlberg.holds(APART, prenucleolus, 1e-9)).isTrue();
        assertThat(Kohlberg.holdsOnImputations(APART, prenucleolus, 1e-9)).isFalse();

        assertThat(Nucleolus.nucleolus().allocate(APART).shares()).containsExactly(nucleolus, within(1e-9));
        assertThat(Nucleolus.prenucleolus().allocate(APART).shares()).containsExactly(prenucleolus, within(1e-9));
    }
}
