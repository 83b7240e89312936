package space.consortium.dataset.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import space.consortium.dataset.DatasetService;
import space.consortium.dataset.DatasetSummary;
import space.consortium.shared.Chart;
import space.consortium.shared.ShippedData;

/** "About the data": where the registry's facts come from, how many sources back them, and the known caveats. */
@Controller
class AboutDataPageController {

    private final DatasetService dataset;
    private final List<ShippedData> shipped;

    AboutDataPageController(DatasetService dataset, List<ShippedData> shipped) {
        this.dataset = dataset;
        this.shipped = shipped;
    }

    /** One table of the registry: its rows and the distinct sources they cite. */
    record TableRow(String table, long rows, long sources) {
    }

    @GetMapping("/about-data")
    String about(Model model) {
        DatasetSummary summary = dataset.summary();
        List<TableRow> tables = new ArrayList<>();
        summary.rowsByTable().forEach((table, rows) ->
                tables.add(new TableRow(table, rows, summary.sourcesByTable().getOrDefault(table, 0L))));
        // the other shipped tables (claims, reference figures, ...), counted by the module that keeps them
        shipped.forEach(module -> module.sourcesByTable().forEach((table, urls) -> tables.add(new TableRow(table,
                urls.size(), urls.stream().filter(u -> !u.isEmpty()).distinct().count()))));
        model.addAttribute("summary", summary);
        model.addAttribute("tables", tables);
        model.addAttribute("totalRows", tables.stream().mapToLong(TableRow::rows).sum());
        model.addAttribute("hostsChart", summary.topSourceHosts().isEmpty() ? null : Chart.json(new Chart.Bar(
                new ArrayList<>(summary.topSourceHosts().keySet()),
                List.of(new Chart.Series("Rows citing the site", new ArrayList<>(summary.topSourceHosts().values()))),
                false, true, "rows", List.of())));
        return "about-data";
    }
}
