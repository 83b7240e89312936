package space.consortium.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import space.consortium.shared.Csv;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.NotFound;

/** The statistics equal counts computed here, directly from the shipped CSV files. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class InsightsStatsTests {

    private static final Path DATASET = Path.of("src", "main", "resources", "dataset");

    @Autowired InsightsService insights;

    @Test
    void countsEqualTheShippedFiles() throws IOException {
        List<Csv.Row> missions = read("missions.csv");
        InsightsStats stats = insights.stats(null);
        assertThat(stats.projects()).isEqualTo(missions.size());
        assertThat(stats.partners()).isEqualTo(read("agencies.csv").size());
        assertThat(stats.artemisAccordsSignatories()).isEqualTo(read("artemis_accords.csv").size()).isEqualTo(61);
        assertThat(stats.internationalProjects())
                .isEqualTo((int) missions.stream().filter(m -> partnersOf(m).size() >= 2).count());
    }

    @Test
    void internationalShareOfEachPartnerMatchesTheFiles() throws IOException {
        Map<String, int[]> counts = new HashMap<>();
        for (Csv.Row m : read("missions.csv")) {
            Set<String> partners = partnersOf(m);
            for (String p : partners) {
                int[] c = counts.computeIfAbsent(p, k -> new int[2]);
                c[0]++;
                if (partners.size() >= 2) {
                    c[1]++;
                }
            }
        }
        InsightsStats stats = insights.stats(null);
        counts.forEach((partner, c) -> assertThat(stats.internationalShare().get(partner))
                .as(partner).isCloseTo((double) c[1] / c[0], within(1e-12)));
        // ESA leads or joins many missions; every one of its single-agency missions lowers its share below 1
        assertThat(stats.internationalShare().get("esa")).isLessThan(1.0).isGreaterThan(0.5);
    }

    @Test
    void theStrongestPairSharesAsManyProjectsAsTheFilesSay() throws IOException {
        Map<String, Integer> pairs = new HashMap<>();
        for (Csv.Row m : read("missions.csv")) {
            List<String> partners = partnersOf(m).stream().sorted().toList();
            for (int i = 0; i < partners.size(); i++) {
                for (int j = i + 1; j < partners.size(); j++) {
                    pairs.merge(partners.get(i) + "|" + partners.get(j), 1, Integer::sum);
                }
            }
        }
        int most = pairs.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        InsightsStats.Pair top = insights.stats(null).topPairs().get(0);
        assertThat(top.sharedProjects()).isEqualTo(most);
        String key = top.first().compareTo(top.second()) < 0 ? top.first() + "|" + top.second() : top.second() + "|" + top.first();
        assertThat(pairs.get(key)).isEqualTo(most);
    }

    @Test
    void onePartnersStatisticsAndAnUnknownPartner() {
        InsightsStats csa = insights.stats("csa");
        assertThat(csa.internationalShare()).containsOnlyKeys("csa");
        assertThat(csa.partnerStatistics()).singleElement().satisfies(r -> assertThat(r.name()).contains("Canadian"));
        assertThat(csa.topPairs()).allSatisfy(p -> assertThat(List.of(p.first(), p.second())).contains("csa"));
        assertThatThrownBy(() -> insights.stats("nobody")).isInstanceOf(NotFound.class);
    }

    @Test
    void theIssPartnerTimelineGivesEachPartyItsFirstSignatureInTheFiles() throws IOException {
        Set<String> issAgreements = new LinkedHashSet<>();
        read("agreements.csv").stream().filter(a -> a.get("project_id").filter("iss"::equals).isPresent())
                .forEach(a -> issAgreements.add(a.get("id").orElseThrow()));
        Map<String, String> first = new HashMap<>();
        for (Csv.Row party : read("agreement_parties.csv")) {
            if (issAgreements.contains(party.get("agreement_id").orElseThrow())) {
                String key = party.get("partner_id").orElseGet(() -> party.get("country").orElseThrow());
                first.merge(key, party.get("signed_date").orElseThrow(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        PartnerTimeline timeline = insights.timeline("iss");
        assertThat(timeline.agreements()).extracting(PartnerTimeline.Signing::agreementId)
                .containsExactlyInAnyOrderElementsOf(issAgreements);
        assertThat(timeline.parties()).hasSize(first.size()).allSatisfy(p -> assertThat(p.firstSigned())
                .as(p.name()).isEqualTo(first.get(p.partnerId() != null ? p.partnerId() : p.name())));
        assertThat(timeline.parties()).extracting(PartnerTimeline.Joined::firstSigned).isSorted();
        // Published: the first agreement (Washington, 29 Sep 1988) joined the US, Europe, Japan and Canada; Russia
        // came in with the 1998 agreement signed on 29 Jan 1998.
        assertThat(timeline.parties()).filteredOn(p -> p.firstSigned().equals("1988-09-29"))
                .extracting(PartnerTimeline.Joined::name)
                .contains("United States", "Japan", "Canada");
        assertThat(timeline.parties()).filteredOn(p -> "RU".equals(p.countryCode())).singleElement()
                .satisfies(p -> assertThat(p.firstSigned()).isEqualTo("1998-01-29"));
        assertThatThrownBy(() -> insights.timeline("nowhere")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("nowhere");
    }

    private static Set<String> partnersOf(Csv.Row mission) {
        Set<String> partners = new LinkedHashSet<>();
        partners.add(mission.get("lead_agency").orElseThrow());
        mission.get("partner_agencies").ifPresent(list -> {
            for (String p : list.split(";")) {
                if (!p.isBlank()) {
                    partners.add(p.trim());
                }
            }
        });
        return partners;
    }

    private static List<Csv.Row> read(String file) throws IOException {
        try (Reader reader = Files.newBufferedReader(DATASET.resolve(file))) {
            return Csv.read(reader).rows();
        }
    }
}
