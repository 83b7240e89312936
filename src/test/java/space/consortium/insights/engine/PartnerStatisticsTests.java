package space.consortium.insights.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PartnerStatisticsTests {

    // esa: p0 (esa, nasa), p1 (esa alone), p2 (esa, jaxa, nasa), p3 (esa alone) -> 2 international of 4.
    private static final CooperationData DATA = new CooperationData(
            List.of(new ProjectRecord("p0", 1975), new ProjectRecord("p1", 1988), new ProjectRecord("p2", 2004),
                    new ProjectRecord("p3", 2009), new ProjectRecord("p4", null)),
            List.of(new Participation("p0", "esa"), new Participation("p0", "nasa"), new Participation("p1", "esa"),
                    new Participation("p2", "esa"), new Participation("p2", "jaxa"), new Participation("p2", "nasa"),
                    new Participation("p3", "esa"), new Participation("p4", "nasa"), new Participation("p4", "isro")),
            List.of(new Contribution("p0", "esa", "instrument"), new Contribution("p2", "esa", "instrument"),
                    new Contribution("p2", "esa", "launch"), new Contribution("p2", "nasa", "launch")));

    private static PartnerStatistics of(String partner) {
        return PartnerStatistics.compute(CooperationGraph.build(DATA, null), DATA.contributions()).stream()
                .filter(s -> s.partnerId().equals(partner)).findFirst().orElseThrow();
    }

    @Test
    void internationalShareIsProjectsWithAnotherPartnerOverAllProjects() {
        PartnerStatistics esa = of("esa");
        assertThat(esa.projects()).isEqualTo(4);
        assertThat(esa.internationalProjects()).isEqualTo(2);
        assertThat(esa.internationalShare()).isCloseTo(2.0 / 4.0, within(1e-15));
        assertThat(esa.partnersWorkedWith()).isEqualTo(2);
        assertThat(esa.contributionsByKind()).containsExactly(Map.entry("instrument", 2), Map.entry("launch", 1));
        // nasa: p0, p2, p4 all shared: 3/3; partners esa, jaxa, isro.
        assertThat(of("nasa").internationalShare()).isEqualTo(1.0);
        assertThat(of("nasa").partnersWorkedWith()).isEqualTo(3);
    }

    @Test
    void internationalProjectsAreCountedPerDecadeWithEmptyDecadesAsZero() {
        // p0 (1975) and p2 (2004) have two partners or more; p4 is undated.
        assertThat(TimeSeries.internationalProjectsPerDecade(DATA)).containsExactly(new DecadeCount(1970, 1),
                new DecadeCount(1980, 0), new DecadeCount(1990, 0), new DecadeCount(2000, 1));
    }

    @Test
    void cumulativeSignatoriesRiseOncePerCountry() {
        LocalDate first = LocalDate.of(2020, 10, 13);
        List<DatedEvent> signatures = List.of(new DatedEvent("US", first), new DatedEvent("JP", first),
                new DatedEvent("UA", LocalDate.of(2020, 11, 14)), new DatedEvent("KR", LocalDate.of(2021, 5, 24)),
                new DatedEvent("US", LocalDate.of(2022, 1, 1)));
        assertThat(TimeSeries.cumulative(signatures)).containsExactly(new CumulativePoint(first, 2),
                new CumulativePoint(LocalDate.of(2020, 11, 14), 3), new CumulativePoint(LocalDate.of(2021, 5, 24), 4));
    }
}
