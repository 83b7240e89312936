package space.consortium.costshare.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import space.consortium.costshare.AllocationReport;
import space.consortium.costshare.LedgerView;
import space.consortium.shared.Chart;
import space.consortium.shared.ShortName;

/**
 * The cost-sharing page's charts: the fair-allocation comparison (one bar series per rule) and the ledger's net
 * positions. Pure functions of the module's reports; the one place the page's pictures are built.
 */
final class CostShareCharts {

    private CostShareCharts() {
    }

    /**
     * Each rule's share per player: one series per rule, named by its display name ({@code ruleNames}, the rule id when
     * it has none), one value per player in the report's order (0 for a player the rule gives nothing).
     */
    static Chart.Bar allocation(AllocationReport report, List<String> labels, Map<String, String> ruleNames) {
        List<Chart.Series> series = new ArrayList<>();
        report.allocations().forEach((method, byPlayer) -> series.add(new Chart.Series(ruleNames.getOrDefault(method, method),
                report.players().stream().map(p -> (Number) byPlayer.getOrDefault(p, BigDecimal.ZERO)).toList())));
        return new Chart.Bar(labels, series, false, false, "share of the cost", List.of());
    }

    /** {@link #allocation} as the JSON the page embeds. */
    static String allocationJson(AllocationReport report, List<String> labels, Map<String, String> ruleNames) {
        return Chart.json(allocation(report, labels, ruleNames));
    }

    /** Net positions per partner: bars above zero are owed, below zero owe; each bar links to its partner. */
    static Chart.Bar net(LedgerView view) {
        List<String> names = new ArrayList<>();
        List<BigDecimal> nets = new ArrayList<>();
        List<String> links = new ArrayList<>();
        for (LedgerView.PositionView p : view.positions()) {
            names.add(ShortName.of(p.partnerId(), p.partnerName()));
            nets.add(p.net());
            links.add("/partners/" + p.partnerId());
        }
        return new Chart.Bar(names, List.of(new Chart.Series("net position", nets)), false, false,
                view.currency() + " " + view.baseYear(), links);
    }

    /** {@link #net} as the JSON the page embeds. */
    static String netJson(LedgerView view) {
        return Chart.json(net(view));
    }
}
