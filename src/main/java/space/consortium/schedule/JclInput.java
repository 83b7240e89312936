package space.consortium.schedule;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.JsonInput;
import space.consortium.shared.Problems;
import tools.jackson.databind.JsonNode;

/**
 * A JCL plan from a JSON body, for every endpoint that takes one ({@code POST /api/jcl} with or without
 * {@code format}, {@code PUT /api/projects/{id}/schedule}, {@code POST /api/jobs/jcl}), with every problem at once:
 * values of the wrong type and unknown fields (read by {@link JsonInput#convert}, which goes past the first) and the
 * plan's and the run's checks ({@link JclService#check}, {@link JclService#validate}), each named by its path in the
 * body ({@code activities[3].duration.min}, or {@code plan.activities[3].duration.min} where the plan is the
 * {@code plan} of a larger body). A problem the checks find at a path the reading already named (a wrong-typed
 * minimum is not "required" as well) is left out.
 */
public final class JclInput {

    private JclInput() {
    }

    /**
     * The body of {@code POST /api/jcl}: a plan, for a run of {@code trials}. When the body reads without a problem,
     * the plan is not checked here: the run checks it (every problem of the plan and the run at once), so that a
     * plan is compiled once.
     *
     * @param body   the body, or null when the request had none
     * @param trials the run's trials (a query parameter), or null for the plan's
     * @throws InvalidInput naming every problem of the body and the run
     */
    public static JclPlan plan(@Nullable JsonNode body, JclService jcl, @Nullable Integer trials, int maxTrials) {
        return read(body, JclPlan.class, "", p -> p, p -> null, true, (p, plan) -> jcl.check(plan, trials, maxTrials));
    }

    /**
     * The body of {@code PUT /api/projects/{id}/schedule}: {@code {"plan": {...}, "version": N}}, the plan checked
     * as it is stored ({@link JclService#validate}).
     *
     * @throws InvalidInput naming every problem of the body ({@code plan.activities[0].duration.min})
     */
    public static ScheduleRequest schedule(@Nullable JsonNode body, JclService jcl) {
        return read(body, ScheduleRequest.class, "plan", ScheduleRequest::plan, r -> null, false,
                (r, plan) -> jcl.validate(plan));
    }

    /**
     * A body that holds a plan under {@code plan} and the run's trials beside it (a JCL job's
     * {@code {"plan": {...}, "trials": N, "seed": S}}), the plan and the run checked as before a run.
     *
     * @param plan   the body's plan
     * @param trials the body's trials (null for the plan's)
     * @throws InvalidInput naming every problem of the body ({@code trials}, {@code plan.activities[0].duration.min})
     */
    public static <T> T run(@Nullable JsonNode body, Class<T> type, Function<T, @Nullable JclPlan> plan,
                            Function<T, @Nullable Integer> trials, JclService jcl, int maxTrials) {
        return read(body, type, "plan", plan, trials, false,
                (value, p) -> jcl.check(p, trials.apply(value), maxTrials));
    }

    private static <T> T read(@Nullable JsonNode body, Class<T> type, String at, Function<T, @Nullable JclPlan> planOf,
                              Function<T, @Nullable Integer> outerTrials, boolean onlyWithReadingProblems,
                              BiConsumer<T, JclPlan> check) {
        Problems reading = new Problems();
        T value = JsonInput.body(body, type, reading);
        List<InvalidInput.FieldProblem> all = reading.problems();
        JclPlan plan = planOf.apply(value);
        if (plan == null) {
            all = JsonInput.merge(all, List.of(new InvalidInput.FieldProblem(at, "is required: a plan with activities")));
        } else if (!onlyWithReadingProblems || !all.isEmpty()) {
            try {
                check.accept(value, plan);
            } catch (InvalidInput e) {
                all = JsonInput.merge(all, e.problems().stream().map(p -> new InvalidInput.FieldProblem(
                        where(at, p.field(), outerTrials.apply(value) != null), p.message())).toList());
            }
        }
        if (!all.isEmpty()) {
            throw new InvalidInput(all);
        }
        return value;
    }

    /**
     * Where in the body a problem of the plan lies: under the plan's field, except {@code trials} when the body gives
     * the run's trials beside the plan.
     */
    private static String where(String at, String field, boolean outerTrials) {
        if (at.isEmpty() || field.equals("trials") && outerTrials) {
            return field;
        }
        return field.equals("body") ? at : Problems.path(at, field);
    }
}
