package space.consortium.insights.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimCheckTests {

    // esa: 3 projects, 2 with another partner (share 2/3); nasa: 2 projects, both shared.
    private static final CooperationData DATA = Fixtures.projects("esa,nasa", "esa,jaxa,nasa", "esa");

    private static Evidence evidence() {
        CooperationGraph graph = CooperationGraph.build(DATA, null);
        return new Evidence(PartnerStatistics.compute(graph, List.of()), Fixtures.metrics(DATA), 3,
                List.of(new DatedEvent("US", LocalDate.of(2020, 10, 13)), new DatedEvent("JP", LocalDate.of(2020, 10, 13))));
    }

    @Test
    void approximateShareWithinToleranceIsSupported() {
        ClaimVerdict v = ClaimCheck.check(
                new Claim("internationalShare", "esa", ClaimComparator.APPROXIMATELY, 0.65, 0.02), evidence());
        assertThat(v).isInstanceOfSatisfying(ClaimVerdict.Supported.class, s -> {
            assertThat(s.computed()).isEqualTo(2.0 / 3.0);
            assertThat(s.rowsUsed()).isEqualTo(3);
        });
    }

    @Test
    void overstatedPartnerCountIsContradicted() {
        ClaimVerdict v = ClaimCheck.check(
                new Claim("partnersWorkedWith", "esa", ClaimComparator.AT_LEAST, 5), evidence());
        assertThat(v).isEqualTo(new ClaimVerdict.Contradicted(2, 3));
    }

    @Test
    void globalCountsAreChecked() {
        assertThat(ClaimCheck.check(new Claim("artemisAccordsSignatories", null, ClaimComparator.EQUAL, 2), evidence()))
                .isEqualTo(new ClaimVerdict.Supported(2, 2));
        assertThat(ClaimCheck.check(new Claim("projects", null, ClaimComparator.MORE_THAN, 3), evidence()))
                .isEqualTo(new ClaimVerdict.Contradicted(3, 3));
        assertThat(ClaimCheck.check(new Claim("degree", "nasa", ClaimComparator.EQUAL, 2), evidence()))
                .isEqualTo(new ClaimVerdict.Supported(2, 2));
    }

    @Test
    void unknownMetricIsNotComputable() {
        ClaimVerdict v = ClaimCheck.check(new Claim("budgetShare", "esa", ClaimComparator.EQUAL, 0.2), evidence());
        assertThat(v).isInstanceOfSatisfying(ClaimVerdict.NotComputable.class,
                n -> assertThat(n.reason()).contains("unknown metric 'budgetShare'"));
    }

    @Test
    void unknownPartnerIsNotComputable() {
        ClaimVerdict v = ClaimCheck.check(
                new Claim("internationalShare", "roscosmos", ClaimComparator.AT_LEAST, 0.5), evidence());
        assertThat(v).isInstanceOfSatisfying(ClaimVerdict.NotComputable.class,
                n -> assertThat(n.reason()).contains("unknown partner 'roscosmos'"));
    }

    @Test
    void perPartnerMetricWithoutPartnerIsNotComputable() {
        ClaimVerdict v = ClaimCheck.check(new Claim("internationalShare", null, ClaimComparator.AT_LEAST, 0.5),
                evidence());
        assertThat(v).isInstanceOfSatisfying(ClaimVerdict.NotComputable.class,
                n -> assertThat(n.reason()).contains("name the partner"));
    }

    @Test
    void comparatorsAreReadFromTheirSymbols() {
        assertThat(ClaimComparator.ofSymbol("≈")).contains(ClaimComparator.APPROXIMATELY);
        assertThat(ClaimComparator.ofSymbol(">=")).contains(ClaimComparator.AT_LEAST);
        assertThat(ClaimComparator.ofSymbol("=>")).isEmpty();
    }
}
