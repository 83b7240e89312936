package space.consortium.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import space.consortium.schedule.ScheduleService;
import space.consortium.support.Cli;
import space.consortium.support.Cli.Run;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code jcl PLAN.json}: the reference network T1 through the command line, formats, and bad files (exit 2). */
class JclCommandTests {

    @TempDir Path temp;

    /** T1 (Hillier &amp; Lieberman) with triangular durations: P(T ≤ 47) = 0.594, E[T] = 46.23. */
    static final String RELIABLE = """
            {"activities": [
              {"id": "A", "duration": {"dist": "triangular", "min": 1, "mode": 2, "max": 3}},
              {"id": "B", "after": ["A"], "duration": {"dist": "triangular", "min": 2, "mode": 3.5, "max": 8}},
              {"id": "C", "after": ["B"], "duration": {"dist": "triangular", "min": 6, "mode": 9, "max": 18}},
              {"id": "D", "after": ["C"], "duration": {"dist": "triangular", "min": 4, "mode": 5.5, "max": 10}},
              {"id": "E", "after": ["C"], "duration": {"dist": "triangular", "min": 1, "mode": 4.5, "max": 5}},
              {"id": "F", "after": ["E"], "duration": {"dist": "triangular", "min": 4, "mode": 4, "max": 10}},
              {"id": "G", "after": ["D"], "duration": {"dist": "triangular", "min": 5, "mode": 6.5, "max": 11}},
              {"id": "H", "after": ["E", "G"], "duration": {"dist": "triangular", "min": 5, "mode": 8, "max": 17}},
              {"id": "I", "after": ["C"], "duration": {"dist": "triangular", "min": 3, "mode": 7.5, "max": 9}},
              {"id": "J", "after": ["F", "I"], "duration": {"dist": "triangular", "min": 3, "mode": 9, "max": 9}},
              {"id": "K", "after": ["J"], "duration": {"dist": "fixed", "value": 4}},
              {"id": "L", "after": ["J"], "duration": {"dist": "triangular", "min": 1, "mode": 5.5, "max": 7}},
              {"id": "M", "after": ["H"], "duration": {"dist": "triangular", "min": 1, "mode": 2, "max": 3}},
              {"id": "N", "after": ["K", "L"], "duration": {"dist": "triangular", "min": 5, "mode": 5.5, "max": 9}}],
             "targets": {"finish": 47}}""";

    @Test
    void theReferenceNetworkGivesThePublishedAnswerAsJson() throws Exception {
        Path plan = Files.writeString(temp.resolve("reliable.json"), RELIABLE);
        Run run = run("jcl", plan.toString(), "--trials", "200000", "--seed", "11", "--format", "json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode r = JsonMapper.builder().build().readTree(run.out());
        assertThat(r.path("trials").asInt()).isEqualTo(200_000);
        assertThat(r.path("seed").asLong()).isEqualTo(11);
        assertThat(r.path("probabilityFinishBy").asDouble()).isCloseTo(0.594, within(0.004));
        assertThat(r.path("finish").path("mean").asDouble()).isCloseTo(46.23, within(0.05));
        assertThat(r.path("criticality").path("A").asDouble()).isEqualTo(1.0);
    }

    @Test
    void tableAndCsv() throws Exception {
        Path plan = Files.writeString(temp.resolve("example.json"), ScheduleService.exampleJson());
        Run table = run("jcl", plan.toString(), "--trials", "1000");
        assertThat(table.exit()).as(table.err()).isZero();
        assertThat(table.out()).contains("1000 trials, seed 1", "finish", "cost", "JCL (both targets met)",
                "Criticality index", "P70 slip by partner", "nasa");
        Run csv = run("jcl", plan.toString(), "--trials", "1000", "--format", "csv");
        assertThat(csv.out().lines()).hasSize(3).first().isEqualTo("quantity,mean,p10,p50,p70,p80,p90");
    }

    @Test
    void aPlanWithAStartDateGivesFinishDatesAndAnOptionsProblemNamesTheOption() throws Exception {
        // one fixed 3-day activity from Friday 5 March 2027 on a Monday-to-Friday calendar: counted by hand, the
        // third working day after the start is Wednesday 10 March 2027 (Mon 8, Tue 9, Wed 10)
        Path plan = Files.writeString(temp.resolve("dated.json"), """
                {"activities": [{"id": "A", "duration": {"dist": "fixed", "value": 3}}],
                 "startDate": "2027-03-05", "calendar": {"workingDays": ["MON", "TUE", "WED", "THU", "FRI"]}}""");
        Run csv = run("jcl", plan.toString(), "--trials", "1000", "--format", "csv");
        assertThat(csv.exit()).as(csv.err()).isZero();
        assertThat(csv.out().lines()).contains("finish date,2027-03-10,2027-03-10,2027-03-10,2027-03-10,2027-03-10,2027-03-10");
        Run table = run("jcl", plan.toString(), "--trials", "1000");
        assertThat(table.out()).contains("2027-03-10", "Dates from the start 2027-03-05");
        Run few = run("jcl", plan.toString(), "--trials", "5");
        assertThat(few.exit()).isEqualTo(2);
        assertThat(few.err()).startsWith("--trials: ").doesNotContain("dated.json");
    }

    @Test
    void badFilesExitWith2NamingTheField() throws Exception {
        Path bad = Files.writeString(temp.resolve("bad.json"), """
                {"activities": [{"id": "A", "duration": {"dist": "pert", "min": 1, "mode": 5, "max": 3}},
                                {"id": "B", "after": ["Z"], "duration": {"dist": "fixed", "value": 1}}]}""");
        Run run = run("jcl", bad.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("activities[0].duration.mode");
        // a wrong-typed value and an unknown field come with the plan's own problems, all at once
        Path mixed = Files.writeString(temp.resolve("mixed.json"), """
                {"activities": [{"id": "A", "duration": {"dist": "pert", "min": "one", "mode": 5, "max": 3}, "colour": 1},
                                {"id": "B", "after": ["Z"], "duration": {"dist": "fixed", "value": 1}}]}""");
        Run all = run("jcl", mixed.toString());
        assertThat(all.exit()).isEqualTo(2);
        assertThat(all.err().lines().toList()).anySatisfy(l -> assertThat(l).startsWith(mixed + ":activities[0].duration.min: "))
                .anySatisfy(l -> assertThat(l).startsWith(mixed + ":activities[0].colour: "))
                .anySatisfy(l -> assertThat(l).startsWith(mixed + ":activities[1].after[0]: "));
        Run broken = run("jcl", Files.writeString(temp.resolve("broken.json"), "{\"activities\": [").toString());
        assertThat(broken.exit()).isEqualTo(2);
        assertThat(broken.err()).contains("line 1");
        assertThat(run("jcl", temp.resolve("missing.json").toString()).exit()).isEqualTo(2);
        Path unknown = Files.writeString(temp.resolve("unknown.json"), """
                {"activities": [{"id": "A", "duraton": {"dist": "fixed", "value": 1}}]}""");
        Run typo = run("jcl", unknown.toString());
        assertThat(typo.exit()).isEqualTo(2);
        assertThat(typo.err()).contains("duraton");
    }

    @Test
    void theReaderWarmUpPlanIsAValidPlan() throws Exception {
        // the warm-up swallows failures (it is only a head start): a plan it cannot read would go unnoticed
        Path plan = Files.writeString(temp.resolve("warm-up.json"), JclCommand.WARM_UP);
        Run run = run("jcl", plan.toString(), "--format", "csv");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
    }

    private static Run run(String... args) {
        return Cli.run(args);
    }
}
