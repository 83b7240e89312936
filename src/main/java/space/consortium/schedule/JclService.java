package space.consortium.schedule;

import java.util.Locale;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import space.consortium.schedule.engine.InvalidPlan;
import space.consortium.schedule.engine.JclMonteCarlo;
import space.consortium.schedule.engine.Plan;
import space.consortium.schedule.engine.RunSettings;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.OverLimit;
import space.consortium.shared.Problems;
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
     * checkpoint when it must. Every problem of the plan and the run settings is reported at once.
     *
     * @throws InvalidInput naming each offending field ({@code activities[2].duration.min}, ...)
     * @throws OverLimit naming {@code trials} when trials × activities is over the caller's limit
     */
    public JclReport run(JclPlan plan, @Nullable Integer trials, @Nullable Long seed, int maxTrials,
                         IntConsumer progress, Work work) {
        Problems problems = new Problems();
        int n = trials(plan, trials);
        checkRun(plan, n, maxTrials, problems);
        JclMonteCarlo engine = prepare(plan, problems);
        limit(plan, n, work);
        double convergence = plan.convergence() == null ? 0 : plan.convergence();
        long s = seed != null ? seed : plan.seed() != null ? plan.seed() : DEFAULT_SEED;
        return JclReports.of(engine.run(new RunSettings(n, s, threads, convergence), progress, work.checkpoint()))
                .withCalendar(WorkCalendar.of(plan));
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
        int n = trials(plan, trials);
        Problems problems = new Problems();
        checkRun(plan, n, maxTrials, problems);
        problems.throwIfAny();
        limit(plan, n, work);
        return n;
    }

    private static int trials(JclPlan plan, @Nullable Integer trials) {
        return trials != null ? trials : plan.trials() != null ? plan.trials() : DEFAULT_TRIALS;
    }

    private static void checkRun(JclPlan plan, int trials, int maxTrials, Problems problems) {
        problems.check(trials >= 100 && trials <= maxTrials, "trials",
                String.format(Locale.ROOT, "must be between 100 and %,d", maxTrials));
        double convergence = plan.convergence() == null ? 0 : plan.convergence();
        problems.check(convergence >= 0 && convergence < 1, "convergence",
                "must be 0 (run every trial) or a relative tolerance below 1, e.g. 0.001");
    }

    private static void limit(JclPlan plan, int trials, Work work) {
        int activities = plan.activities() == null ? 0 : plan.activities().size();
        work.check("trials", "trials × activities", Work.times(trials, activities), WorkLimits::jclTrialActivities);
    }

    /** Runs with the API's limits and no progress report. */
    public JclReport run(JclPlan plan) {
        return run(plan, null, null, MAX_WEB_TRIALS, done -> { });
    }

    /**
     * Checks a run before it starts, every problem at once: the plan ({@link #validate}), trials within [100,
     * maxTrials] and the convergence tolerance (not the work's limit: {@link #admit}).
     *
     * @param trials trials, or null for the plan's or {@value #DEFAULT_TRIALS}
     * @throws InvalidInput naming every offending field ({@code trials}, {@code activities[2].duration.min}, ...)
     */
    public void check(JclPlan plan, @Nullable Integer trials, int maxTrials) {
        Problems problems = new Problems();
        checkRun(plan, trials(plan, trials), maxTrials, problems);
        prepare(plan, problems);
    }

    /** Validates the plan: the same checks as a run, without running it. @throws InvalidInput naming every problem */
    public void validate(JclPlan plan) {
        prepare(plan, new Problems());
    }

    /**
     * Maps and compiles the plan; throws every problem found by the mapping, the engine's validation and those
     * already in {@code problems} together.
     */
    private static JclMonteCarlo prepare(JclPlan plan, Problems problems) {
        JclPlanMapping mapping = JclPlanMapping.of(plan, problems);
        Plan mapped = mapping.plan();
        if (mapped == null) {
            problems.throwIfAny();
            throw new IllegalStateException("unreachable: a plan without activities maps to a problem");
        }
        try {
            JclMonteCarlo engine = JclMonteCarlo.prepare(mapped);
            problems.throwIfAny();
            return engine;
        } catch (InvalidPlan e) {
            for (InvalidPlan.Problem p : e.problems()) {
                mapping.report(p.field(), p.message());
            }
            problems.throwIfAny();
            throw new IllegalStateException("unreachable: the engine rejected the plan", e);
        }
    }

    /** Maps the plan file to the engine's records (for tests and benchmarks). @throws InvalidInput on any problem */
    static Plan toEngine(JclPlan plan) {
        Problems problems = new Problems();
        Plan mapped = JclPlanMapping.of(plan, problems).plan();
        problems.throwIfAny();
        if (mapped == null) {
            throw new IllegalStateException("unreachable: a plan without activities maps to a problem");
        }
        return mapped;
    }
}
