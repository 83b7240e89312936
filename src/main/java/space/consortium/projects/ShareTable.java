package space.consortium.projects;

import java.math.BigDecimal;
import java.util.List;
import space.consortium.shared.Chart;
import space.consortium.shared.ShortName;

/**
 * A named split of a project's rights or costs between partners, e.g. ISS utilisation; the percentages add up to 100.
 */
public record ShareTable(long id, String projectId, String name, List<Entry> entries, String sourceUrl, long version) {

    public ShareTable {
        entries = List.copyOf(entries);
    }

    /** The table as a pie chart of short partner names, for pages. */
    public Chart.Pie pie() {
        return new Chart.Pie(entries.stream()
                .map(e -> new Chart.Slice(ShortName.of(e.partnerId(), e.partnerName()), e.percent())).toList(), "%");
    }

    /** @param percent share in percent, more than 0 and at most 100 */
    public record Entry(String partnerId, String partnerName, BigDecimal percent) {
    }
}
