package space.consortium.schedule.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import space.consortium.projects.ProjectService;
import space.consortium.schedule.JclPlan;
import space.consortium.schedule.JclReport;
import space.consortium.schedule.JclService;
import space.consortium.schedule.ScheduleRequest;
import space.consortium.schedule.ScheduleService;
import space.consortium.schedule.StoredSchedule;
import space.consortium.shared.Cancelled;
import space.consortium.shared.Computations;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.StaleVersion;

/**
 * A project's <b>Schedule &amp; JCL</b> tab: the activity table, the plan editor, a run with a progress indicator
 * (htmx swaps in the results), S-curves, the cost × finish scatter with the JCL cross-hair and the 50/70/80 %
 * frontiers, and the tornados by activity, risk and partner. The charts and tables are built by {@link ScheduleCharts}
 * and drawn by {@code /js/charts.js}, as every page's charts are.
 */
@Controller
@RequestMapping("/projects/{projectId}/schedule")
class SchedulePageController {

    private static final String PAGE = "risk/schedule/page";
    private static final String RESULTS = "risk/schedule/results :: results";

    private final ProjectService projects;
    private final ScheduleService schedules;
    private final Computations computations;

    SchedulePageController(ProjectService projects, ScheduleService schedules, Computations computations) {
        this.projects = projects;
        this.schedules = schedules;
        this.computations = computations;
    }

    @GetMapping
    String page(@PathVariable String projectId, Model model) {
        fill(projectId, model, null);
        return PAGE;
    }

    @PostMapping
    String save(@PathVariable String projectId, @RequestParam(defaultValue = "") String plan,
                @RequestParam(required = false) @Nullable Long version, Model model, HttpServletResponse response,
                RedirectAttributes redirect) {
        try {
            JclPlan parsed = ScheduleService.parse(plan);
            StoredSchedule saved = schedules.save(projectId, new ScheduleRequest(parsed, version));
            redirect.addFlashAttribute("flash", String.format(Locale.ROOT,
                    "Saved the schedule: %d activities (version %d).", saved.activities(), saved.version()));
            return "redirect:/projects/{projectId}/schedule";
        } catch (InvalidInput e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("planErrors", e.problems());
        } catch (StaleVersion e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("planErrors", List.of(new InvalidInput.FieldProblem("version", e.getMessage())));
        }
        fill(projectId, model, plan);
        return PAGE;
    }

    @PostMapping("/example")
    String example(@PathVariable String projectId, RedirectAttributes redirect) {
        if (schedules.find(projectId).isEmpty()) {
            schedules.save(projectId, new ScheduleRequest(ScheduleService.parse(ScheduleService.exampleJson()), null));
            redirect.addFlashAttribute("flash", "Loaded the example schedule (illustrative numbers). Edit it to "
                    + "match your project, then run the simulation.");
        }
        return "redirect:/projects/{projectId}/schedule";
    }

    @PostMapping("/import")
    String importFile(@PathVariable String projectId, @RequestParam(required = false) @Nullable MultipartFile file,
                      @RequestParam(required = false) @Nullable Long version,
                      @RequestParam(required = false) @Nullable String owner, Model model,
                      HttpServletResponse response, RedirectAttributes redirect) {
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInput("file", "choose an MS Project XML or Primavera XER file");
            }
            StoredSchedule saved = schedules.importFile(projectId, ScheduleApiController.bytes(file),
                    ScheduleApiController.name(file), owner, version);
            redirect.addFlashAttribute("flash", String.format(Locale.ROOT,
                    "Imported %s: %d activities (version %d). Give the durations ranges and add risks in the plan.",
                    ScheduleApiController.name(file), saved.activities(), saved.version()));
            return "redirect:/projects/{projectId}/schedule";
        } catch (InvalidInput e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("importErrors", e.problems());
        } catch (StaleVersion e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("importErrors", List.of(new InvalidInput.FieldProblem("version", e.getMessage())));
        }
        fill(projectId, model, null);
        return PAGE;
    }

    @PostMapping("/register-risks")
    String registerRisks(@PathVariable String projectId, @RequestParam long version, RedirectAttributes redirect) {
        try {
            ScheduleService.RegisterImport result = schedules.importRegisterRisks(projectId, version);
            StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                    "Took the register's risks into the schedule: %d added%s, %d updated%s. They carry ids of their own"
                            + " (%s…), so the plan's own risks are never replaced.", result.added().size(),
                    listed(result.added()), result.replaced().size(), listed(result.replaced()),
                    ScheduleService.REGISTER_PREFIX));
            if (!result.skipped().isEmpty()) {
                text.append(" Left out: ").append(String.join("; ", result.skipped())).append('.');
            }
            redirect.addFlashAttribute("flash", text.toString());
        } catch (StaleVersion e) {
            redirect.addFlashAttribute("flash", e.getMessage());
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("flash", "The register's risks do not fit the schedule: " + e.getMessage());
        }
        return "redirect:/projects/{projectId}/schedule";
    }

    private static String listed(List<String> ids) {
        return ids.isEmpty() ? "" : " (" + String.join(", ", ids) + ")";
    }

    @PostMapping("/run")
    String run(@PathVariable String projectId, @RequestParam(required = false) @Nullable String trials,
               @RequestParam(required = false) @Nullable String seed,
               @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model,
               HttpServletResponse response) {
        List<InvalidInput.FieldProblem> errors = new ArrayList<>();
        try {
            RunForm.Parsed form = new RunForm(trials, seed).parse();
            ScheduleService.Run run = computations.run(work -> schedules.run(projectId, form.trials(), form.seed(),
                    done -> { }, work));
            result(model, run.result(), schedules.get(projectId).plan());
        } catch (InvalidInput e) {
            errors.addAll(e.problems());
        } catch (Cancelled e) {
            errors.add(new InvalidInput.FieldProblem("trials", e.getMessage()));
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("runErrors", errors);
        }
        if (htmx != null) {
            model.addAttribute("project", projects.get(projectId));
            return RESULTS;
        }
        fill(projectId, model, null);
        return PAGE;
    }

    private void fill(String projectId, Model model, @Nullable String editedPlan) {
        model.addAttribute("project", projects.get(projectId));
        Optional<StoredSchedule> schedule = schedules.find(projectId);
        model.addAttribute("schedule", schedule.orElse(null));
        model.addAttribute("planJson", editedPlan != null ? editedPlan
                : schedule.map(s -> ScheduleService.toJson(s.plan())).orElse(""));
        model.addAttribute("activities", schedule.map(s -> ScheduleCharts.rows(s.plan(), projects.partnerNames()))
                .orElse(List.of()));
        model.addAttribute("runs", schedule.isPresent() ? schedules.runs(projectId, 10) : List.of());
        if (!model.containsAttribute("trials")) {
            model.addAttribute("trials", JclService.DEFAULT_TRIALS);
            model.addAttribute("seed", JclService.DEFAULT_SEED);
        }
        model.addAttribute("maxTrials", JclService.MAX_WEB_TRIALS);
    }

    private void result(Model model, JclReport r, JclPlan plan) {
        model.addAttribute("result", r);
        model.addAttribute("results", ScheduleCharts.results(r, plan, projects.partnerNames()));
    }
}
