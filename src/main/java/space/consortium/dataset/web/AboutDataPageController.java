package space.consortium.dataset.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import space.consortium.dataset.DatasetService;
import space.consortium.dataset.DatasetSummary;

/** "About the data": where the facts of every shipped table come from, how many sources back them, and the known caveats. */
@Controller
class AboutDataPageController {

    private final DatasetService dataset;

    AboutDataPageController(DatasetService dataset) {
        this.dataset = dataset;
    }

    /** One shipped table: its rows, those with a source, and the distinct sources they cite. */
    record TableRow(String table, long rows, long sourced, long sources) {
    }

    @GetMapping("/about-data")
    String about(Model model) {
        DatasetSummary summary = dataset.summary();
        List<TableRow> tables = new ArrayList<>();
        summary.rowsByTable().forEach((table, rows) ->
                tables.add(new TableRow(table, rows, summary.sourcedRowsByTable().getOrDefault(table, 0L),
                        summary.sourcesByTable().getOrDefault(table, 0L))));
        model.addAttribute("summary", summary);
        model.addAttribute("tables", tables);
        model.addAttribute("totalRows", tables.stream().mapToLong(TableRow::rows).sum());
        model.addAttribute("sourcedRows", tables.stream().mapToLong(TableRow::sourced).sum());
        model.addAttribute("hostsChart", AboutDataCharts.json(AboutDataCharts.hosts(summary)));
        return "about-data";
    }
}
