package space.consortium.projects.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import space.consortium.projects.ContributionRequest;
import space.consortium.projects.ProjectDetail;
import space.consortium.projects.ShareTable;
import space.consortium.shared.Chart;
import space.consortium.shared.ShortName;

/**
 * The project page's charts: a share table's pie and the contributions per partner stacked by kind. Pure functions of
 * the project's detail; the one place the page's pictures are built.
 */
final class ProjectCharts {

    private ProjectCharts() {
    }

    /** A share table's pie of short partner names, as JSON ({@link ShareTable#pie()}, which the insights page shares). */
    static String shareJson(ShareTable table) {
        return Chart.json(table.pie());
    }

    /**
     * Contributions per partner, stacked by kind; participants first, in the order of the participants table, then
     * other contributors; a kind nobody contributed has no series. Null without contributions.
     */
    static Chart.@Nullable Bar contributions(ProjectDetail detail) {
        if (detail.contributions().isEmpty()) {
            return null;
        }
        Map<String, String> partners = new LinkedHashMap<>();
        detail.participants().forEach(p -> partners.put(p.partnerId(), ShortName.of(p.partnerId(), p.partnerName())));
        detail.contributions().forEach(c -> partners.putIfAbsent(c.partnerId(), ShortName.of(c.partnerId(), c.partnerName())));
        partners.keySet().removeIf(p -> detail.contributions().stream().noneMatch(c -> c.partnerId().equals(p)));
        List<String> ids = new ArrayList<>(partners.keySet());
        List<Chart.Series> series = new ArrayList<>();
        for (String kind : ContributionRequest.KINDS) {
            List<Long> counts = ids.stream().map(partner -> detail.contributions().stream()
                    .filter(c -> c.partnerId().equals(partner) && c.kind().equals(kind)).count()).toList();
            if (counts.stream().anyMatch(n -> n > 0)) {
                series.add(new Chart.Series(kind, counts));
            }
        }
        return new Chart.Bar(new ArrayList<>(partners.values()), series, true, false, "contributions",
                ids.stream().map(p -> "/partners/" + p).toList());
    }

    /** {@link #contributions} as the JSON the page embeds; null without contributions. */
    static @Nullable String contributionsJson(ProjectDetail detail) {
        Chart.Bar bar = contributions(detail);
        return bar == null ? null : Chart.json(bar);
    }
}
