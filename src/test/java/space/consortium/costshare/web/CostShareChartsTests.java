package space.consortium.costshare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import space.consortium.costshare.AllocationMethod;
import space.consortium.costshare.AllocationReport;
import space.consortium.costshare.LedgerView;
import space.consortium.shared.Chart;

/** Invariants of the cost-sharing page's charts, whatever the numbers. */
class CostShareChartsTests {

    private static final Map<String, String> RULES = AllocationMethod.labels();

    @Test
    void theAllocationChartHasOneSeriesPerRuleNamedAsReadersKnowItAndOneValuePerPlayer() {
        List<String> players = List.of("nasa", "esa", "jaxa");
        Map<String, Map<String, BigDecimal>> allocations = new LinkedHashMap<>();
        List<String> ruleIds = List.copyOf(RULES.keySet()).subList(0, 2);
        // the first rule gives every player something, the second leaves one out: it still shows 0 for that player
        allocations.put(ruleIds.get(0), Map.of("nasa", new BigDecimal("50"), "esa", new BigDecimal("30"),
                "jaxa", new BigDecimal("20")));
        allocations.put(ruleIds.get(1), Map.of("nasa", new BigDecimal("60"), "esa", new BigDecimal("40")));
        allocations.put("home-made", Map.of("nasa", new BigDecimal("100")));
        AllocationReport report = new AllocationReport("explicit", players, new BigDecimal("100"), 2, allocations,
                null, null, null, Map.of());

        Chart.Bar bar = CostShareCharts.allocation(report, List.of("NASA", "ESA", "JAXA"), RULES);

        assertThat(bar.categories()).containsExactly("NASA", "ESA", "JAXA");
        assertThat(bar.series()).extracting(Chart.Series::name)
                .containsExactly(RULES.get(ruleIds.get(0)), RULES.get(ruleIds.get(1)), "home-made");
        assertThat(bar.series()).allSatisfy(s -> assertThat(s.data()).hasSize(players.size()));
        // each rule shares out the whole cost it was given, and a player it leaves out shows 0
        assertThat(bar.series().get(0).data().stream().mapToDouble(Number::doubleValue).sum()).isEqualTo(100.0);
        assertThat(bar.series().get(1).data().get(2).doubleValue()).isZero();
        assertThat(bar.stacked()).isFalse();
        assertThat(CostShareCharts.allocationJson(report, List.of("NASA", "ESA", "JAXA"), RULES))
                .isEqualTo(Chart.json(bar));
    }

    @Test
    void theNetChartHasOneBarPerPartnerLinkingToItAndTheNetsAsValues() {
        LedgerView view = new LedgerView("iss", "ISS", new LedgerView.TableRef(1, "costs", "https://example.org"),
                List.of(), "USD", 2024, List.of(), BigDecimal.TEN, BigDecimal.TEN, BigDecimal.ZERO,
                List.of(position("nasa", "National Aeronautics and Space Administration", "7"),
                        position("esa", "European Space Agency", "-7")),
                List.of(), List.of(), List.of(), List.of(), List.of());

        Chart.Bar bar = CostShareCharts.net(view);

        assertThat(bar.categories()).hasSize(2);
        assertThat(bar.links()).containsExactly("/partners/nasa", "/partners/esa");
        assertThat(bar.series()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("net position");
            // what one partner is owed another owes: the nets sum to zero
            assertThat(s.data().stream().mapToDouble(Number::doubleValue).sum()).isZero();
        });
        assertThat(bar.unit()).isEqualTo("USD 2024");
    }

    private static LedgerView.PositionView position(String id, String name, String net) {
        return new LedgerView.PositionView(id, name, new BigDecimal("50"), BigDecimal.ONE, BigDecimal.ONE,
                BigDecimal.ZERO, new BigDecimal("50"), new BigDecimal(net));
    }
}
