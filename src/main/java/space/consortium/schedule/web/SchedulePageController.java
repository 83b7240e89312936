package space.consortium.schedule.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import space.consortium.risk.DistributionSpec;
import space.consortium.risk.RiskEvent;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * A project's <b>Schedule &amp; JCL</b> tab: the activity table, the plan editor, a run with a progress indicator
 * (htmx swaps in the results), S-curves, the cost × finish scatter with the JCL cross-hair and the 50/70/80 %
 * frontiers, and the tornados by activity, risk and partner. Charts are drawn by {@code /js/jcl.js} from a JSON
 * data block.
 */
@Controller
@RequestMapping("/projects/{projectId}/schedule")
class SchedulePageController {

    private static final String PAGE = "risk/schedule/page";
    private static final String RESULTS = "risk/schedule/results :: results";
    private static final JsonMapper JSON = JsonMapper.builder().build();

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
        Integer n = parseInt(trials, "trials", errors);
        Long s = parseLong(seed, "seed", errors);
        model.addAttribute("trials", trials == null ? JclService.DEFAULT_TRIALS : trials);
        model.addAttribute("seed", seed == null ? JclService.DEFAULT_SEED : seed);
        if (errors.isEmpty()) {
            try {
                ScheduleService.Run run = computations.run(work -> schedules.run(projectId, n, s, done -> { }, work));
                result(model, run.result(), schedules.get(projectId).plan());
            } catch (InvalidInput e) {
                errors.addAll(e.problems());
            } catch (Cancelled e) {
                errors.add(new InvalidInput.FieldProblem("trials", e.getMessage()));
            }
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

    private static @Nullable Integer parseInt(@Nullable String text, String field,
                                              List<InvalidInput.FieldProblem> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip().replace(",", "").replace("_", ""));
        } catch (NumberFormatException e) {
            errors.add(new InvalidInput.FieldProblem(field, "'" + text + "' is not a whole number"));
            return null;
        }
    }

    private static @Nullable Long parseLong(@Nullable String text, String field,
                                            List<InvalidInput.FieldProblem> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            errors.add(new InvalidInput.FieldProblem(field, "'" + text + "' is not a whole number"));
            return null;
        }
    }

    private void fill(String projectId, Model model, @Nullable String editedPlan) {
        model.addAttribute("project", projects.get(projectId));
        Optional<StoredSchedule> schedule = schedules.find(projectId);
        model.addAttribute("schedule", schedule.orElse(null));
        model.addAttribute("planJson", editedPlan != null ? editedPlan
                : schedule.map(s -> ScheduleService.toJson(s.plan())).orElse(""));
        model.addAttribute("activities", schedule.map(s -> rows(s.plan())).orElse(List.of()));
        model.addAttribute("runs", schedule.isPresent() ? schedules.runs(projectId, 10) : List.of());
        if (!model.containsAttribute("trials")) {
            model.addAttribute("trials", JclService.DEFAULT_TRIALS);
            model.addAttribute("seed", JclService.DEFAULT_SEED);
        }
        model.addAttribute("maxTrials", JclService.MAX_WEB_TRIALS);
    }

    /** One row of the activity table. */
    record ActivityRow(String id, String name, String owner, String duration, String predecessors, String cost,
                       String risks) {
    }

    static List<ActivityRow> rows(JclPlan plan) {
        Map<String, List<String>> risksByActivity = new LinkedHashMap<>();
        if (plan.risks() != null) {
            for (RiskEvent r : plan.risks()) {
                if (r != null && r.affects() != null) {
                    for (String a : r.affects()) {
                        risksByActivity.computeIfAbsent(a, k -> new ArrayList<>()).add(r.id() + " ("
                                + percent(r.probability()) + ")");
                    }
                }
            }
        }
        List<ActivityRow> rows = new ArrayList<>();
        if (plan.activities() == null) {
            return rows;
        }
        for (JclPlan.ActivitySpec a : plan.activities()) {
            List<String> predecessors = new ArrayList<>();
            if (a.after() != null) {
                predecessors.addAll(a.after());
            }
            if (a.links() != null) {
                for (JclPlan.LinkSpec l : a.links()) {
                    String type = l.type() == null ? "FS" : l.type().toUpperCase(Locale.ROOT);
                    double lag = l.lag() == null ? 0 : l.lag();
                    predecessors.add(l.from() + " " + type + (lag == 0 ? "" : " " + (lag > 0 ? "+" : "") + num(lag) + " d"));
                }
            }
            String cost = "—";
            if (a.cost() != null) {
                List<String> parts = new ArrayList<>();
                if (a.cost().fixed() != null) {
                    parts.add(describe(a.cost().fixed()));
                }
                if (a.cost().rate() != null) {
                    parts.add(describe(a.cost().rate()) + " / day");
                }
                cost = String.join(" + ", parts);
            }
            rows.add(new ActivityRow(a.id() == null ? "" : a.id(), a.name() == null ? "" : a.name(),
                    a.owner() == null ? "" : a.owner(),
                    Boolean.TRUE.equals(a.milestone()) ? "milestone" : a.duration() == null ? "—" : describe(a.duration()),
                    String.join(", ", predecessors), cost,
                    String.join(", ", risksByActivity.getOrDefault(a.id(), List.of()))));
        }
        return rows;
    }

    private static String percent(@Nullable Double p) {
        return p == null ? "?" : String.format(Locale.ROOT, "%.0f %%", p * 100);
    }

    static String describe(DistributionSpec d) {
        String dist = d.dist() == null ? "?" : d.dist();
        return switch (dist) {
            case "fixed" -> num(d.value());
            case "uniform" -> "uniform " + num(d.min()) + "–" + num(d.max());
            case "triangular", "pert" -> dist + " " + num(d.min()) + " / " + num(d.mode()) + " / " + num(d.max());
            case "normal", "lognormal" -> dist + " " + num(d.mean()) + " ± " + num(d.sd());
            default -> dist;
        };
    }

    private static void named(Map<String, String> names, @Nullable String id, @Nullable String name) {
        if (id != null && name != null && !name.isBlank()) {
            names.put(id, name.strip());
        }
    }

    private static String num(@Nullable Double v) {
        if (v == null) {
            return "?";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%,d", v.longValue());
        }
        return String.format(Locale.ROOT, "%,.2f", v);
    }

    private void result(Model model, JclReport r, JclPlan plan) {
        model.addAttribute("result", r);
        String currency = plan.currency() == null ? "" : plan.currency();
        boolean millions = Math.abs(r.cost().max()) >= 1e7;
        // large budgets read better in millions: the table divides by costScale and says so in costUnit
        model.addAttribute("currency", currency);
        model.addAttribute("costScale", millions ? 1e6 : 1.0);
        model.addAttribute("costDecimals", millions ? 1 : 0);
        model.addAttribute("costUnit", millions ? ("million " + currency).strip() : currency);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("currency", plan.currency() == null ? "" : plan.currency());
        data.put("finishCurve", r.finishCurve());
        data.put("costCurve", r.costCurve());
        data.put("scatter", r.scatter().stream().map(p -> new double[] {p.x(), p.y()}).toList());
        data.put("frontiers", r.frontiers());
        data.put("finishTarget", r.finishTarget());
        // with a start date the charts show finish dates (calendar days from the start, as the report counts them)
        if (r.finishDates() != null) {
            data.put("startDate", r.finishDates().start());
        }
        data.put("costTarget", r.costTarget());
        data.put("jcl", r.jcl());
        data.put("tornado", r.tornado());
        // the names people know the plan's activities, risks and partners by; a chart or table falls back to the id
        Map<String, String> activityNames = new LinkedHashMap<>();
        (plan.activities() == null ? List.<JclPlan.ActivitySpec>of() : plan.activities())
                .forEach(a -> named(activityNames, a.id(), a.name()));
        Map<String, String> riskNames = new LinkedHashMap<>();
        (plan.risks() == null ? List.<RiskEvent>of() : plan.risks())
                .forEach(e -> named(riskNames, e.id(), e.name()));
        Map<String, String> partners = projects.partnerNames();
        Map<String, String> partnerNames = new LinkedHashMap<>();
        r.tornado().partners().forEach(b -> named(partnerNames, b.id(), partners.get(b.id())));
        data.put("names", Map.of("activities", activityNames, "risks", riskNames, "partners", partnerNames));
        model.addAttribute("activityNames", activityNames);
        // the JSON sits in a <script type="application/json"> block: "<" must not close it
        model.addAttribute("resultJson", JSON.writeValueAsString(data).replace("<", "\\u003c"));
        List<Map.Entry<String, Double>> critical = new ArrayList<>(r.criticality().entrySet());
        critical.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        model.addAttribute("critical", critical.subList(0, Math.min(15, critical.size())));
        model.addAttribute("merges", r.mergeBias().subList(0, Math.min(10, r.mergeBias().size())));
    }
}
