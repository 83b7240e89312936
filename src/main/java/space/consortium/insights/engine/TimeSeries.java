package space.consortium.insights.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Time series of the cooperation data. */
public final class TimeSeries {

    private TimeSeries() {
    }

    /**
     * International projects (at least two distinct partners) per decade of launch, from the first decade with one to
     * the last, decades without any included as 0. Projects without a launch year are not counted. O(P + D).
     */
    public static List<DecadeCount> internationalProjectsPerDecade(CooperationData data) {
        Map<String, Set<String>> partners = new HashMap<>();
        for (Participation p : data.participations()) {
            partners.computeIfAbsent(p.projectId(), k -> new HashSet<>()).add(p.partnerId());
        }
        TreeMap<Integer, Integer> counts = new TreeMap<>();
        for (ProjectRecord project : data.projects()) {
            Integer year = project.launchYear();
            if (year != null && partners.getOrDefault(project.projectId(), Set.of()).size() >= 2) {
                counts.merge(Math.floorDiv(year, 10) * 10, 1, Integer::sum);
            }
        }
        List<DecadeCount> out = new ArrayList<>();
        if (counts.isEmpty()) {
            return out;
        }
        for (int decade = counts.firstKey(); decade <= counts.lastKey(); decade += 10) {
            out.add(new DecadeCount(decade, counts.getOrDefault(decade, 0)));
        }
        return out;
    }

    /**
     * The cumulative number of distinct subjects by date: one point per date on which the count rises, in date
     * order. A subject listed twice counts once, on its earliest date. O(n log n).
     */
    public static List<CumulativePoint> cumulative(List<DatedEvent> events) {
        Map<String, LocalDate> first = new HashMap<>();
        for (DatedEvent e : events) {
            first.merge(e.subject(), e.date(), (a, b) -> a.isBefore(b) ? a : b);
        }
        TreeMap<LocalDate, Integer> perDate = new TreeMap<>();
        first.values().forEach(d -> perDate.merge(d, 1, Integer::sum));
        List<CumulativePoint> out = new ArrayList<>();
        int total = 0;
        for (Map.Entry<LocalDate, Integer> e : perDate.entrySet()) {
            total += e.getValue();
            out.add(new CumulativePoint(e.getKey(), total));
        }
        return out;
    }
}
