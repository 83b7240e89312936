package space.consortium.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChartTests {

    @Test
    void jsonNamesTheTypeAndCannotCloseItsScriptBlock() {
        String json = Chart.json(new Chart.Pie(List.of(new Chart.Slice("</script><script>alert(1)</script>", 1)), "%"));
        assertThat(json).startsWith("{\"type\":\"pie\"");
        assertThat(json).doesNotContain("<").doesNotContain(">");
        assertThat(json).contains("\\u003c/script\\u003e");
    }

    @Test
    void cumulativeTimelineCountsEveryEventAndFlagsMonthOnlyDates() {
        java.util.TreeMap<String, java.util.List<String>> byDate = new java.util.TreeMap<>();
        byDate.put("2020-10-13", java.util.List.of("Australia", "Canada"));
        byDate.put("2023-10", java.util.List.of("Iceland"));
        byDate.put("2024-01-26", java.util.List.of("Belgium"));
        Chart.Timeline t = Chart.Timeline.cumulative("Signatories", byDate);
        org.assertj.core.api.Assertions.assertThat(t.points()).extracting(Chart.Point::date, p -> p.value().intValue())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2020-10-13", 2),
                        org.assertj.core.groups.Tuple.tuple("2023-10-01", 3),
                        org.assertj.core.groups.Tuple.tuple("2024-01-26", 4));
        org.assertj.core.api.Assertions.assertThat(t.points().get(1).label()).isEqualTo("Iceland (day not published)");
    }
}
