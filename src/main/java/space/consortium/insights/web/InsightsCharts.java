package space.consortium.insights.web;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import space.consortium.insights.Benefits;
import space.consortium.insights.CooperationNetwork;
import space.consortium.insights.InsightsStats;
import space.consortium.insights.SignatoryGrowth;
import space.consortium.projects.ShareTable;
import space.consortium.shared.Chart;

/**
 * The charts of the insights page and of the benefits' landing pages, as the JSON the one chart script draws: pure
 * functions of what {@link space.consortium.insights.InsightsService} and {@link space.consortium.insights.BenefitService}
 * computed; the one place these pages' pictures are built. A chart with nothing to show is null (the page then says so).
 */
final class InsightsCharts {

    private InsightsCharts() {
    }

    /** A share table with its project's name and its pie chart. */
    record SharePie(ShareTable table, String projectName, String chartId, String chartJson) {
    }

    /** The cumulative count of parties as a step line, each step naming its newcomers; null below two parties. */
    static @Nullable String growth(String name, SignatoryGrowth growth) {
        if (growth.signatories().size() < 2) {
            return null;
        }
        return Chart.json(new Chart.Timeline(name, growth.steps().stream()
                .map(s -> new Chart.Point(s.date(), s.total(),
                        String.join(", ", s.names()) + (s.monthOnly() ? " (day not published)" : "")))
                .toList()));
    }

    /** New and total parties per year as bars; null without a dated party. */
    static @Nullable String perYear(SignatoryGrowth growth) {
        List<SignatoryGrowth.Year> years = growth.years();
        if (years.isEmpty()) {
            return null;
        }
        return Chart.json(new Chart.Bar(years.stream().map(SignatoryGrowth.Year::year).toList(),
                List.of(new Chart.Series("New signatories", years.stream().map(y -> (long) y.added()).toList()),
                        new Chart.Series("Signatories in total", years.stream().map(y -> (long) y.total()).toList())),
                false, false, "signatories", List.of()));
    }

    /** International projects per decade of launch; null when there is none. */
    static @Nullable String decades(InsightsStats stats) {
        if (stats.internationalPerDecade().isEmpty()) {
            return null;
        }
        List<String> categories = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        stats.internationalPerDecade().forEach((decade, count) -> {
            categories.add(decade + "s");
            counts.add(count);
        });
        return Chart.json(new Chart.Bar(categories, List.of(new Chart.Series("International projects", counts)),
                false, false, "projects", List.of()));
    }

    /** The network of the {@code limit} most connected partners; null when no two partners share a project. */
    static @Nullable String network(CooperationNetwork network, int limit) {
        return network.links().isEmpty() ? null : Chart.json(network.chart(limit));
    }

    /** Each share table with its pie. */
    static List<SharePie> sharePies(Benefits.CostSharing costSharing) {
        return costSharing.shares().stream().map(s -> new SharePie(s.table(), s.projectName(),
                "share-chart-" + s.table().id(), Chart.json(s.table().pie()))).toList();
    }

    /** Contributions and providing partners per kind; null without contributions. */
    static @Nullable String contributionKinds(Benefits.Expertise expertise) {
        if (expertise.contributionCount() == 0) {
            return null;
        }
        List<Benefits.KindProviders> kinds = expertise.kinds();
        return Chart.json(new Chart.Bar(kinds.stream().map(Benefits.KindProviders::kind).toList(),
                List.of(new Chart.Series("Contributions", kinds.stream().map(Benefits.KindProviders::count).toList()),
                        new Chart.Series("Partners", kinds.stream().map(k -> (long) k.providers().size()).toList())),
                false, false, "count", List.of()));
    }

    /** Projects per status as a pie (statuses without projects left out); null without projects. */
    static @Nullable String statuses(Benefits.Outcomes outcomes) {
        if (outcomes.projectCount() == 0) {
            return null;
        }
        return Chart.json(new Chart.Pie(outcomes.rows().stream().filter(r -> !r.projects().isEmpty())
                .map(r -> new Chart.Slice(r.status(), r.projects().size())).toList(), " projects"));
    }

    /** Mars projects per partner, most first, as horizontal bars; null without Mars participants. */
    static @Nullable String marsPartners(Benefits.MarsOperations mars) {
        if (mars.perPartner().isEmpty()) {
            return null;
        }
        return Chart.json(new Chart.Bar(mars.perPartner().stream().map(Benefits.PartnerCount::shortName).toList(),
                List.of(new Chart.Series("Mars projects", mars.perPartner().stream().map(Benefits.PartnerCount::count).toList())),
                false, true, "projects", List.of()));
    }
}
