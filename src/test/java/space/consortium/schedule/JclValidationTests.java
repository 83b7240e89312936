package space.consortium.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import space.consortium.shared.InvalidInput;

/** A JCL plan's problems are reported all at once, each under the plan's own field path. */
class JclValidationTests {

    private final JclService jcl = new JclService(1);

    private InvalidInput rejected(String json) {
        JclPlan plan = ScheduleService.parse(json);
        InvalidInput e = catchThrowableOfType(InvalidInput.class, () -> jcl.run(plan));
        assertThat(e).as("the plan is rejected").isNotNull();
        return e;
    }

    @Test
    void minAboveMaxHidesNeitherANegativeDurationNorAnUnknownPredecessorNorABadTarget() {
        InvalidInput e = rejected("""
                {"activities": [
                   {"id": "A", "duration": {"dist": "triangular", "min": 9, "mode": 4, "max": 3}},
                   {"id": "B", "duration": {"dist": "fixed", "value": -2}},
                   {"id": "C", "after": ["A", "NOPE"], "duration": {"dist": "pert", "min": -1, "mode": 2, "max": 3}}],
                 "targets": {"finish": -5, "cost": -1}}""");
        assertThat(e.problems()).extracting(InvalidInput.FieldProblem::field).containsExactlyInAnyOrder(
                "activities[0].duration.min", "activities[1].duration.value", "activities[2].duration.min",
                "activities[2].after[1]", "targets.finish", "targets.cost");
        assertThat(e.problems()).filteredOn(p -> p.field().equals("activities[2].after[1]"))
                .extracting(InvalidInput.FieldProblem::message).singleElement().asString().contains("NOPE");
    }

    @Test
    void negativeTargetsAreRefused() {
        InvalidInput e = rejected("""
                {"activities": [{"id": "A", "duration": {"dist": "fixed", "value": 2}}],
                 "targets": {"finish": -0.5}}""");
        assertThat(e.problems()).extracting(InvalidInput.FieldProblem::field).containsExactly("targets.finish");
    }

    @Test
    void everyMissingParameterAndABadTrialCountAreNamedTogether() {
        JclPlan plan = ScheduleService.parse("""
                {"activities": [{"id": "A", "duration": {"dist": "triangular"}}],
                 "risks": [{"id": "R", "probability": 0.5, "affects": ["A"], "delay": {"dist": "fixed", "value": -3}}]}""");
        InvalidInput e = catchThrowableOfType(InvalidInput.class,
                () -> jcl.run(plan, 5, 1L, JclService.MAX_WEB_TRIALS, done -> { }));
        assertThat(e.problems()).extracting(InvalidInput.FieldProblem::field).containsExactlyInAnyOrder("trials",
                "activities[0].duration.min", "activities[0].duration.mode", "activities[0].duration.max",
                "risks[0].delay.value");
    }
}
