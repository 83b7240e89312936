package space.consortium.schedule.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import space.consortium.projects.ProjectService;
import space.consortium.schedule.JclRunRecord;
import space.consortium.schedule.ScheduleService;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.TableExport;

/**
 * A project's stored JCL runs: every run with its seed, inputs (plan version, trials, targets) and headline figures
 * (P50/P80 finish and cost, JCL at the targets), two of them side by side, and the list as CSV or a spreadsheet.
 */
@Controller
@RequestMapping("/projects/{projectId}/schedule/runs")
class RunHistoryPageController {

    static final int MAX_RUNS = 200;

    private final ProjectService projects;
    private final ScheduleService schedules;

    RunHistoryPageController(ProjectService projects, ScheduleService schedules) {
        this.projects = projects;
        this.schedules = schedules;
    }

    @GetMapping
    String history(@PathVariable String projectId, Model model) {
        model.addAttribute("project", projects.get(projectId));
        model.addAttribute("runs", schedules.runs(projectId, MAX_RUNS));
        return "risk/schedule/runs";
    }

    @GetMapping(params = "format")
    ResponseEntity<byte[]> export(@PathVariable String projectId, @RequestParam String format) {
        TableExport.Format as = TableExport.Format.of(format);
        String name = projects.get(projectId).name();
        return TableExport.download(ScheduleCharts.runsTable(name, schedules.runs(projectId, MAX_RUNS)), as,
                "jcl-runs-" + projectId);
    }

    @GetMapping("/compare")
    String compare(@PathVariable String projectId, @RequestParam(name = "run", required = false)
                   @Nullable List<Long> runs, Model model) {
        if (runs == null || runs.size() != 2) {
            throw new InvalidInput("run", "choose exactly two runs to compare");
        }
        JclRunRecord a = schedules.run(projectId, runs.get(0));
        JclRunRecord b = schedules.run(projectId, runs.get(1));
        model.addAttribute("project", projects.get(projectId));
        model.addAttribute("a", a);
        model.addAttribute("b", b);
        model.addAttribute("lines", ScheduleCharts.comparison(a, b));
        return "risk/schedule/compare";
    }
}
