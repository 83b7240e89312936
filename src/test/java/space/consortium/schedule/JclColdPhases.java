package space.consortium.schedule;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import space.consortium.schedule.engine.JclMonteCarlo;
import space.consortium.schedule.engine.JclResult;
import space.consortium.schedule.engine.Plan;
import space.consortium.schedule.engine.RunSettings;
import space.consortium.shared.JsonInput;

/**
 * Where a cold {@code jcl} run spends its time (issue 14's "speed" comparison; not a test): the command's steps one
 * after the other in a fresh JVM, each timed (wall ms): JSON parse, mapping to the engine's plan, compile, the trials,
 * the summaries and the report, the JSON answer. Run it with the launcher's JVM options:
 *
 * <p>{@code java -XX:TieredStopAtLevel=1 -cp target/test-classes:target/classes:$(cat cp.txt)
 * space.consortium.schedule.JclColdPhases DIR/plan.json [TRIALS [THREADS]]}
 */
public final class JclColdPhases {

    private JclColdPhases() {
    }

    public static void main(String[] args) throws Exception {
        long[] cpu = new long[7];
        cpu[0] = cpu();
        long t0 = System.nanoTime();
        int trials = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        PrintWriter err = new PrintWriter(System.err, true);
        JclPlan file = JsonInput.read(Path.of(args[0]), JclPlan.class, err);
        long t1 = System.nanoTime();
        cpu[1] = cpu();
        Plan plan = JclService.toEngine(file);
        long t2 = System.nanoTime();
        cpu[2] = cpu();
        JclMonteCarlo engine = JclMonteCarlo.prepare(plan);
        long t3 = System.nanoTime();
        cpu[3] = cpu();
        JclResult result = engine.run(new RunSettings(trials, 7, threads, 0), done -> { });
        long t4 = System.nanoTime();
        cpu[4] = cpu();
        JclReport report = JclReports.of(result);
        long t5 = System.nanoTime();
        cpu[5] = cpu();
        StringWriter out = new StringWriter();
        out.write(JsonInput.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report));
        long t6 = System.nanoTime();
        cpu[6] = cpu();
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        System.out.printf("parse %d ms, map %d ms, compile %d ms, trials %d ms, summaries %d ms, json %d ms "
                        + "(%d chars); main %d ms after JVM start, P80 finish %s%n", ms(t1 - t0), ms(t2 - t1),
                ms(t3 - t2), ms(t4 - t3), ms(t5 - t4), ms(t6 - t5), out.getBuffer().length(),
                uptime - ms(t6 - t0), report.finish().p80());
        System.out.printf("process CPU: parse %d ms, map %d ms, compile %d ms, trials %d ms, summaries %d ms, "
                + "json %d ms; %d ms in all (JVM start included)%n", ms(cpu[1] - cpu[0]), ms(cpu[2] - cpu[1]),
                ms(cpu[3] - cpu[2]), ms(cpu[4] - cpu[3]), ms(cpu[5] - cpu[4]), ms(cpu[6] - cpu[5]), ms(cpu()));
    }

    /** CPU time of the process so far (all threads: JIT compilers and GC included), in nanoseconds. */
    private static long cpu() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
