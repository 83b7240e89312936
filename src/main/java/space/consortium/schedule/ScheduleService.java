package space.consortium.schedule;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import space.consortium.accounts.Access;
import space.consortium.accounts.AuditTrail;
import space.consortium.projects.ProjectService;
import space.consortium.risk.RiskEvent;
import space.consortium.risk.RiskService;
import space.consortium.shared.AlreadyExists;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.JsonProblems;
import space.consortium.shared.NotFound;
import space.consortium.shared.StaleVersion;
import space.consortium.shared.UniqueKey;
import space.consortium.shared.Work;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * One schedule per project, stored as its plan file, and the history of its JCL runs. A plan is validated exactly as
 * {@link JclService} validates it before it is stored.
 */
@Service
public class ScheduleService {

    /** The example plan offered on a project without a schedule (illustrative numbers, not facts). */
    public static final String EXAMPLE = "/risk/schedule/example-plan.json";

    /**
     * Numbers in a plan file as people write them: 20000000, not Java's 2.0E7 (the plan editor shows this JSON).
     */
    private static final tools.jackson.databind.ValueSerializer<Double> PLAIN =
            new tools.jackson.databind.ser.std.StdSerializer<>(Double.class) {
                @Override
                public void serialize(Double value, tools.jackson.core.JsonGenerator gen,
                                      tools.jackson.databind.SerializationContext context) {
                    if (value.isNaN() || value.isInfinite()) {
                        gen.writeNumber(value);
                    } else {
                        gen.writeNumber(java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString());
                    }
                }
            };

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .changeDefaultPropertyInclusion(v -> v.withValueInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL))
            .addModule(new tools.jackson.databind.module.SimpleModule("plain-numbers")
                    .addSerializer(Double.class, PLAIN).addSerializer(Double.TYPE, PLAIN))
            .build();

    private final ScheduleRepository schedules;
    private final ProjectService projects;
    private final JclService jcl;
    private final RiskService register;
    private final Access access;
    private final AuditTrail audit;

    ScheduleService(ScheduleRepository schedules, ProjectService projects, JclService jcl, RiskService register,
                    Access access, AuditTrail audit) {
        this.schedules = schedules;
        this.projects = projects;
        this.jcl = jcl;
        this.register = register;
        this.access = access;
        this.audit = audit;
    }

    /**
     * What taking the register's risks into the plan did.
     *
     * @param added    plan ids ({@code register:R<number>}) of register risks new to the plan
     * @param replaced plan ids of register risks taken in before, updated to the register's current values
     * @param skipped  risks left out, with the reason
     */
    public record RegisterImport(List<String> added, List<String> replaced, List<String> skipped) {
    }

    /** The prefix of the plan id of a risk taken in from the register: its register id follows. */
    public static final String REGISTER_PREFIX = "register:";

    /**
     * Puts the project's open register risks (those with a probability and an impact) into its schedule as discrete
     * events. A register risk gets the plan id {@code register:<register id>} (e.g. {@code register:R1}), a namespace
     * of its own: it never replaces one of the plan's own risks, whatever that one's id; taking it in again updates
     * only the risk taken in before under that id. A risk whose linked activities are not in the schedule is skipped.
     * Saved as a new version of the schedule.
     *
     * @throws StaleVersion when the schedule changed since {@code version}
     */
    @Transactional
    public RegisterImport importRegisterRisks(String projectId, long version) {
        access.checkCoordinator(projectId);
        StoredSchedule schedule = get(projectId);
        java.util.Set<String> activityIds = new java.util.HashSet<>();
        schedule.plan().activities().forEach(a -> activityIds.add(a.id()));
        RiskEvent.Export export = register.events(projectId);
        List<RiskEvent> risks = new java.util.ArrayList<>(
                schedule.plan().risks() == null ? List.of() : schedule.plan().risks());
        List<String> added = new java.util.ArrayList<>();
        List<String> replaced = new java.util.ArrayList<>();
        List<String> skipped = new java.util.ArrayList<>();
        export.skipped().forEach(s -> skipped.add(s.id() + " " + s.title() + ": " + s.reason()));
        for (RiskEvent e : export.risks()) {
            RiskEvent.Source source = export.sources().get(e.id());
            String title = source == null ? e.id() : source.title();
            List<String> linked = e.affects() == null ? List.of() : e.affects().stream().map(String::valueOf).toList();
            List<String> affects = linked.stream().filter(activityIds::contains).toList();
            if (affects.isEmpty()) {
                skipped.add(e.id() + " " + title + ": " + (linked.isEmpty()
                        ? "linked to no activity" : "its activities " + linked + " are not in the schedule"));
                continue;
            }
            String planId = REGISTER_PREFIX + e.id();
            RiskEvent spec = new RiskEvent(planId, title, e.probability(), affects, e.delay(), e.cost());
            int at = -1;
            for (int i = 0; i < risks.size(); i++) {
                if (risks.get(i) != null && planId.equals(risks.get(i).id())) {
                    at = i;
                }
            }
            if (at >= 0) {
                risks.set(at, spec);
                replaced.add(planId);
            } else {
                risks.add(spec);
                added.add(planId);
            }
        }
        JclPlan p = schedule.plan();
        save(projectId, new ScheduleRequest(new JclPlan(p.activities(), risks, p.correlations(), p.targets(),
                p.repairCorrelations(), p.trials(), p.seed(), p.convergence(), p.currency(), p.startDate(),
                p.calendar()), version));
        return new RegisterImport(added, replaced, skipped);
    }

    /** The project's schedule, if it has one. @throws NotFound for an unknown project */
    public Optional<StoredSchedule> find(String projectId) {
        projects.get(projectId);
        return schedules.find(projectId).map(row -> new StoredSchedule(row.projectId(), parse(row.json()),
                row.activities(), row.version(), row.updatedAt()));
    }

    /** The project's schedule. @throws NotFound when the project or its schedule does not exist */
    public StoredSchedule get(String projectId) {
        return find(projectId).orElseThrow(() -> new NotFound("schedule of project", projectId));
    }

    /**
     * Validates and stores the project's schedule.
     *
     * @throws InvalidInput naming the fields of the plan that are wrong
     * @throws StaleVersion when someone saved it since {@code version} was read
     */
    @Transactional
    public StoredSchedule save(String projectId, ScheduleRequest request) {
        projects.get(projectId);
        access.checkCoordinator(projectId);
        if (request.plan() == null) {
            throw new InvalidInput("plan", "is required");
        }
        jcl.validate(request.plan());
        String json = JSON.writeValueAsString(request.plan());
        int activities = request.plan().activities().size();
        Optional<ScheduleRepository.Row> existing = schedules.find(projectId);
        if (existing.isEmpty()) {
            if (request.version() != null) {
                throw new StaleVersion("schedule of project", projectId, request.version());
            }
            UniqueKey.guard(() -> schedules.insert(projectId, json, activities),
                    () -> new AlreadyExists("A schedule of project '" + projectId + "'",
                            "/api/projects/" + projectId + "/schedule", "read it and send its version to replace it"));
            audit.created("schedule", projectId, projectId, null, request.plan());
        } else {
            if (request.version() == null) {
                throw new InvalidInput("version", "the project already has a schedule (version "
                        + existing.get().version() + "); send that version to replace it");
            }
            if (schedules.update(projectId, request.version(), json, activities) == 0) {
                throw new StaleVersion("schedule of project", projectId, request.version());
            }
            audit.updated("schedule", projectId, projectId, null, parse(existing.get().json()), request.plan());
        }
        return get(projectId);
    }

    /**
     * Converts an MS Project XML or Primavera XER file into a plan for the project and validates it, storing nothing.
     *
     * @param owner the partner owning activities whose owner the file does not name; the project's lead when null
     * @throws InvalidInput naming {@code file} (unreadable, no tasks, start-to-finish link), {@code owner} or the
     *                      plan's fields
     */
    public JclPlan convert(String projectId, byte[] bytes, String fileName, @Nullable String owner) {
        space.consortium.projects.Project project = projects.get(projectId);
        java.util.Map<String, String> partners = projects.partnerNames();
        String defaultOwner = project.leadPartnerId();
        if (owner != null && !owner.isBlank()) {
            if (!partners.containsKey(owner.strip())) {
                throw new InvalidInput("owner", "'" + owner + "' is not a partner id");
            }
            defaultOwner = owner.strip();
        }
        JclPlan plan = ScheduleImport.read(bytes, fileName, partners, defaultOwner);
        jcl.validate(plan);
        return plan;
    }

    /**
     * Imports an MS Project XML or Primavera XER file as the project's schedule (see {@link ScheduleImport}).
     *
     * @param version the schedule's version when replacing it, null when the project has none yet
     * @throws InvalidInput naming {@code file} when the file cannot be used
     * @throws StaleVersion when someone saved the schedule since {@code version} was read
     */
    @Transactional
    public StoredSchedule importFile(String projectId, byte[] bytes, String fileName, @Nullable String owner,
                                     @Nullable Long version) {
        projects.get(projectId);
        access.checkCoordinator(projectId);
        return save(projectId, new ScheduleRequest(convert(projectId, bytes, fileName, owner), version));
    }

    /** Removes the project's schedule and its runs. */
    @Transactional
    public void delete(String projectId) {
        projects.get(projectId);
        access.checkCoordinator(projectId);
        StoredSchedule before = get(projectId);
        schedules.delete(projectId);
        audit.deleted("schedule", projectId, projectId, null, before.plan());
    }

    /** A recorded run and what it found. */
    public record Run(JclRunRecord record, JclReport result) {
    }

    /**
     * Runs the project's schedule and records the run. Not one transaction: the simulation may take seconds and holds
     * no connection; the record is one insert at the end.
     */
    public Run run(String projectId, @Nullable Integer trials, @Nullable Long seed, IntConsumer progress) {
        return run(projectId, trials, seed, progress, Work.UNLIMITED);
    }

    /** Runs the project's schedule within the work's limits and records the run (see {@link JclService#run}). */
    public Run run(String projectId, @Nullable Integer trials, @Nullable Long seed, IntConsumer progress, Work work) {
        access.checkContributor();
        StoredSchedule schedule = get(projectId);
        JclReport result = jcl.run(schedule.plan(), trials, seed, JclService.MAX_WEB_TRIALS, progress, work);
        long id = schedules.insertRun(projectId, schedule.version(), result);
        JclRunRecord record = schedules.findRun(id).orElseThrow();
        return new Run(record, result);
    }

    /** One recorded run of the project. @throws NotFound when the project has no run with that id */
    public JclRunRecord run(String projectId, long runId) {
        return schedules.findRun(runId).filter(r -> r.projectId().equals(projectId))
                .orElseThrow(() -> new space.consortium.shared.NotFound("JCL run of project " + projectId, runId));
    }

    /** The latest runs, newest first. */
    public List<JclRunRecord> runs(String projectId, int limit) {
        projects.get(projectId);
        return schedules.runs(projectId, Math.max(1, Math.min(limit, 200)));
    }

    /** Reads a plan file's JSON. @throws InvalidInput naming the field, or the line and column of a syntax error */
    public static JclPlan parse(String json) {
        try {
            JclPlan plan = JSON.readValue(json, JclPlan.class);
            if (plan == null) {
                throw new InvalidInput("plan", "is empty");
            }
            return plan;
        } catch (JacksonException e) {
            // the one plain-words translation: field paths kept, no parser or class name reaches a user
            throw new InvalidInput(JsonProblems.of(e).stream()
                    .map(p -> new InvalidInput.FieldProblem(p.field().equals("body") ? "plan" : p.field(), p.message()))
                    .toList());
        }
    }

    /** The plan as the JSON of a plan file. */
    public static String toJson(JclPlan plan) {
        return JSON.writeValueAsString(plan);
    }

    /** The example plan's JSON. */
    public static String exampleJson() {
        try (InputStream in = ScheduleService.class.getResourceAsStream(EXAMPLE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + EXAMPLE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + EXAMPLE, e);
        }
    }
}
