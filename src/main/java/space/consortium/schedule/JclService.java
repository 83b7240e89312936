package space.consortium.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import space.consortium.risk.DistributionSpec;
import space.consortium.risk.RiskEvent;
import space.consortium.schedule.engine.Activity;
import space.consortium.schedule.engine.Correlation;
import space.consortium.schedule.engine.DiscreteRisk;
import space.consortium.schedule.engine.Distribution;
import space.consortium.schedule.engine.InvalidDistribution;
import space.consortium.schedule.engine.InvalidPlan;
import space.consortium.schedule.engine.JclMonteCarlo;
import space.consortium.schedule.engine.Link;
import space.consortium.schedule.engine.LinkType;
import space.consortium.schedule.engine.Plan;
import space.consortium.schedule.engine.RunSettings;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.OverLimit;
import space.consortium.shared.Work;
import space.consortium.shared.WorkLimits;

/**
 * Runs the joint cost &amp; schedule confidence (JCL) Monte Carlo on a plan. It computes only (no database), so the
 * command line uses it without starting Spring: {@code new JclService()}.
 */
@Service
public class JclService {

    public static final int DEFAULT_TRIALS = 10_000;
    public static final long DEFAULT_SEED = 1L;
    /** Most activities in a plan. */
    public static final int MAX_ACTIVITIES = 20_000;
    /** Most trials through the web API and pages (the CLI allows {@link RunSettings#MAX_TRIALS}). */
    public static final int MAX_WEB_TRIALS = 200_000;
    /** Most trials of a run at all (the command line's limit). */
    public static final int MAX_TRIALS = RunSettings.MAX_TRIALS;

    private final int threads;

    public JclService() {
        this(Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    JclService(int threads) {
        this.threads = threads;
    }

    /**
     * Validates the plan and runs it.
     *
     * @param trials    trials, or null for the plan's or {@value #DEFAULT_TRIALS}
     * @param seed      seed, or null for the plan's or 1
     * @param maxTrials the most trials allowed
     * @param progress  receives the trials done after each block
     * @throws InvalidInput naming each offending field ({@code activities[2].duration.mode}, ...)
     */
    public JclReport run(JclPlan plan, @Nullable Integer trials, @Nullable Long seed, int maxTrials,
                         IntConsumer progress) {
        return run(plan, trials, seed, maxTrials, progress, Work.UNLIMITED);
    }

    /**
     * Validates the plan, checks trials × activities against the work's limit, and runs it, stopping at the work's
     * checkpoint when it must.
     *
     * @throws OverLimit naming {@code trials} when trials × activities is over the caller's limit
     */
    public JclReport run(JclPlan plan, @Nullable Integer trials, @Nullable Long seed, int maxTrials,
                         IntConsumer progress, Work work) {
        int n = admit(plan, trials, maxTrials, work);
        double convergence = plan.convergence() == null ? 0 : plan.convergence();
        long s = seed != null ? seed : plan.seed() != null ? plan.seed() : DEFAULT_SEED;
        JclMonteCarlo engine = prepare(plan);
        return JclReports.of(engine.run(new RunSettings(n, s, threads, convergence), progress, work.checkpoint()));
    }

    /**
     * Checks a run before it starts: trials within [100, maxTrials], the convergence tolerance, and trials × activities
     * within the work's limit ({@link #validate} checks the plan itself).
     *
     * @return the trials the run will do (given, or the plan's, or {@value #DEFAULT_TRIALS})
     * @throws InvalidInput naming each offending field
     * @throws OverLimit naming {@code trials} when trials × activities is over the caller's limit
     */
    public int admit(JclPlan plan, @Nullable Integer trials, int maxTrials, Work work) {
        int n = trials != null ? trials : plan.trials() != null ? plan.trials() : DEFAULT_TRIALS;
        if (n < 100 || n > maxTrials) {
            throw new InvalidInput("trials", String.format(Locale.ROOT, "must be between 100 and %,d", maxTrials));
        }
        double convergence = plan.convergence() == null ? 0 : plan.convergence();
        if (!(convergence >= 0 && convergence < 1)) {
            throw new InvalidInput("convergence", "must be 0 (run every trial) or a relative tolerance below 1, "
                    + "e.g. 0.001");
        }
        int activities = plan.activities() == null ? 0 : plan.activities().size();
        work.check("trials", "trials × activities", Work.times(n, activities), WorkLimits::jclTrialActivities);
        return n;
    }

    /** Runs with the API's limits and no progress report. */
    public JclReport run(JclPlan plan) {
        return run(plan, null, null, MAX_WEB_TRIALS, done -> { });
    }

    /** Validates the plan: the same checks as a run, without running it. */
    public void validate(JclPlan plan) {
        prepare(plan);
    }

    private JclMonteCarlo prepare(JclPlan plan) {
        Plan compiled = toEngine(plan);
        try {
            return JclMonteCarlo.prepare(compiled);
        } catch (InvalidPlan e) {
            List<InvalidInput.FieldProblem> problems = new ArrayList<>();
            for (InvalidPlan.Problem p : e.problems()) {
                problems.add(new InvalidInput.FieldProblem(jsonField(plan, p.field()), p.message()));
            }
            throw new InvalidInput(problems);
        }
    }

    /** The engine names links by their index in after + links; the plan file has them in two lists. */
    private static String jsonField(JclPlan plan, String field) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("activities\\[(\\d+)]\\.links\\[(\\d+)]")
                .matcher(field);
        if (!m.matches() || plan.activities() == null) {
            return field;
        }
        int i = Integer.parseInt(m.group(1));
        int j = Integer.parseInt(m.group(2));
        List<String> after = plan.activities().get(i).after();
        int afterCount = after == null ? 0 : after.size();
        return j < afterCount ? "activities[" + i + "].after[" + j + "]"
                : "activities[" + i + "].links[" + (j - afterCount) + "]";
    }

    /** Maps the plan file to the engine's records, collecting every structural problem with its field. */
    static Plan toEngine(JclPlan plan) {
        List<InvalidInput.FieldProblem> problems = new ArrayList<>();
        List<Activity> activities = new ArrayList<>();
        if (plan.activities() == null || plan.activities().isEmpty()) {
            throw new InvalidInput("activities", "a plan needs at least one activity");
        }
        if (plan.activities().size() > MAX_ACTIVITIES) {
            throw new InvalidInput("activities", String.format(Locale.ROOT, "at most %,d activities", MAX_ACTIVITIES));
        }
        for (int i = 0; i < plan.activities().size(); i++) {
            JclPlan.ActivitySpec a = plan.activities().get(i);
            String at = "activities[" + i + "]";
            if (a == null) {
                problems.add(new InvalidInput.FieldProblem(at, "must not be null"));
                continue;
            }
            if (a.id() == null || a.id().isBlank()) {
                problems.add(new InvalidInput.FieldProblem(at + ".id", "give every activity an id"));
            }
            Distribution duration;
            if (Boolean.TRUE.equals(a.milestone())) {
                duration = Distribution.fixed(0);
                if (a.duration() != null) {
                    problems.add(new InvalidInput.FieldProblem(at + ".duration", "a milestone has no duration"));
                }
            } else if (a.duration() == null) {
                problems.add(new InvalidInput.FieldProblem(at + ".duration",
                        "give a duration distribution, or \"milestone\": true"));
                duration = Distribution.fixed(0);
            } else {
                duration = distribution(a.duration(), at + ".duration", problems);
            }
            List<Link> links = new ArrayList<>();
            if (a.after() != null) {
                for (int j = 0; j < a.after().size(); j++) {
                    String p = a.after().get(j);
                    if (p == null || p.isBlank()) {
                        problems.add(new InvalidInput.FieldProblem(at + ".after[" + j + "]", "must name an activity"));
                    } else {
                        links.add(Link.after(p));
                    }
                }
            }
            if (a.links() != null) {
                for (int j = 0; j < a.links().size(); j++) {
                    JclPlan.LinkSpec l = a.links().get(j);
                    String lat = at + ".links[" + j + "]";
                    if (l == null || l.from() == null || l.from().isBlank()) {
                        problems.add(new InvalidInput.FieldProblem(lat + ".from", "must name the predecessor"));
                        continue;
                    }
                    LinkType type = LinkType.FS;
                    if (l.type() != null) {
                        try {
                            type = LinkType.valueOf(l.type().toUpperCase(Locale.ROOT));
                        } catch (IllegalArgumentException e) {
                            problems.add(new InvalidInput.FieldProblem(lat + ".type", "'" + l.type()
                                    + "' is not a link type: FS, SS or FF"));
                        }
                    }
                    double lag = l.lag() == null ? 0 : l.lag();
                    if (!Double.isFinite(lag)) {
                        problems.add(new InvalidInput.FieldProblem(lat + ".lag", "must be a number of days"));
                    }
                    links.add(new Link(l.from(), type, lag));
                }
            }
            Distribution fixed = Distribution.fixed(0);
            Distribution rate = Distribution.fixed(0);
            if (a.cost() != null) {
                if (a.cost().fixed() != null) {
                    fixed = distribution(a.cost().fixed(), at + ".cost.fixed", problems);
                }
                if (a.cost().rate() != null) {
                    rate = distribution(a.cost().rate(), at + ".cost.rate", problems);
                }
            }
            String id = a.id() == null ? "" : a.id().strip();
            activities.add(new Activity(id, a.name() == null || a.name().isBlank() ? id : a.name(),
                    a.owner() == null ? "" : a.owner().strip(), duration, links, fixed, rate));
        }
        List<DiscreteRisk> risks = new ArrayList<>();
        if (plan.risks() != null) {
            for (int i = 0; i < plan.risks().size(); i++) {
                RiskEvent r = plan.risks().get(i);
                String at = "risks[" + i + "]";
                if (r == null) {
                    problems.add(new InvalidInput.FieldProblem(at, "must not be null"));
                    continue;
                }
                if (r.id() == null || r.id().isBlank()) {
                    problems.add(new InvalidInput.FieldProblem(at + ".id", "give every risk an id"));
                }
                if (r.probability() == null) {
                    problems.add(new InvalidInput.FieldProblem(at + ".probability",
                            "give the probability of occurrence, in [0, 1]"));
                }
                Distribution delay = r.delay() == null ? null : distribution(r.delay(), at + ".delay", problems);
                Distribution cost = r.cost() == null ? null : distribution(r.cost(), at + ".cost", problems);
                String id = r.id() == null ? "" : r.id().strip();
                risks.add(new DiscreteRisk(id, r.name() == null ? id : r.name(),
                        r.probability() == null ? 0 : r.probability(),
                        r.affects() == null ? List.of() : r.affects().stream().map(s -> s == null ? "" : s).toList(),
                        delay, cost));
            }
        }
        List<Correlation> correlations = new ArrayList<>();
        if (plan.correlations() != null) {
            for (int i = 0; i < plan.correlations().size(); i++) {
                JclPlan.CorrelationSpec c = plan.correlations().get(i);
                String at = "correlations[" + i + "]";
                if (c == null || c.activities() == null) {
                    problems.add(new InvalidInput.FieldProblem(at + ".activities", "name two or more activities"));
                    continue;
                }
                if (c.rho() == null) {
                    problems.add(new InvalidInput.FieldProblem(at + ".rho", "give the correlation, in [-1, 1]"));
                    continue;
                }
                Correlation.Target on = Correlation.Target.DURATION;
                if (c.on() != null) {
                    switch (c.on().toLowerCase(Locale.ROOT)) {
                        case "duration" -> on = Correlation.Target.DURATION;
                        case "cost" -> on = Correlation.Target.COST;
                        default -> problems.add(new InvalidInput.FieldProblem(at + ".on",
                                "'" + c.on() + "' is neither duration nor cost"));
                    }
                }
                correlations.add(new Correlation(c.activities().stream().map(s -> s == null ? "" : s).toList(),
                        c.rho(), on));
            }
        }
        Double finish = plan.targets() == null ? null : plan.targets().finish();
        Double cost = plan.targets() == null ? null : plan.targets().cost();
        if (finish != null && !Double.isFinite(finish)) {
            problems.add(new InvalidInput.FieldProblem("targets.finish", "must be a number of days"));
        }
        if (cost != null && !Double.isFinite(cost)) {
            problems.add(new InvalidInput.FieldProblem("targets.cost", "must be a number"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new Plan(activities, risks, correlations, finish, cost, Boolean.TRUE.equals(plan.repairCorrelations()));
    }

    private static Distribution distribution(DistributionSpec d, String at,
                                             List<InvalidInput.FieldProblem> problems) {
        if (d.dist() == null) {
            problems.add(new InvalidInput.FieldProblem(at + ".dist", "name the distribution: "
                    + String.join(", ", Distribution.NAMES)));
            return Distribution.fixed(0);
        }
        try {
            return switch (d.dist().toLowerCase(Locale.ROOT)) {
                case "fixed" -> Distribution.fixed(need(d.value(), "value", at, problems));
                case "uniform" -> Distribution.uniform(need(d.min(), "min", at, problems),
                        need(d.max(), "max", at, problems));
                case "triangular" -> Distribution.triangular(need(d.min(), "min", at, problems),
                        need(d.mode(), "mode", at, problems), need(d.max(), "max", at, problems));
                case "pert" -> Distribution.pert(need(d.min(), "min", at, problems),
                        need(d.mode(), "mode", at, problems), need(d.max(), "max", at, problems));
                case "normal" -> Distribution.normal(need(d.mean(), "mean", at, problems),
                        need(d.sd(), "sd", at, problems));
                case "lognormal" -> Distribution.lognormal(need(d.mean(), "mean", at, problems),
                        need(d.sd(), "sd", at, problems));
                default -> {
                    problems.add(new InvalidInput.FieldProblem(at + ".dist", "'" + d.dist()
                            + "' is not a distribution: " + String.join(", ", Distribution.NAMES)));
                    yield Distribution.fixed(0);
                }
            };
        } catch (MissingParameter e) {
            return Distribution.fixed(0);
        } catch (InvalidDistribution e) {
            problems.add(new InvalidInput.FieldProblem(at + "." + e.parameter(), e.getMessage()));
            return Distribution.fixed(0);
        }
    }

    private static final class MissingParameter extends RuntimeException {
        MissingParameter() {
            super(null, null, false, false);
        }
    }

    private static double need(@Nullable Double value, String name, String at,
                               List<InvalidInput.FieldProblem> problems) {
        if (value == null) {
            problems.add(new InvalidInput.FieldProblem(at + "." + name, "is required for this distribution"));
            throw new MissingParameter();
        }
        return value;
    }
}
