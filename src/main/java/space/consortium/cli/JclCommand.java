package space.consortium.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import space.consortium.schedule.JclInput;
import space.consortium.schedule.JclPlan;
import space.consortium.schedule.JclReport;
import space.consortium.schedule.JclService;
import space.consortium.shared.Csv;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.JsonInput;

/** {@code jcl PLAN.json}: joint cost &amp; schedule confidence, without starting the server or the database. */
@Command(name = "jcl", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Joint cost & schedule confidence (JCL) of a cost-loaded schedule by Monte Carlo.",
                "PLAN.json: {\"activities\":[{\"id\":\"A\",\"owner\":\"esa\",\"duration\":{\"dist\":\"pert\",\"min\":1,"
                        + "\"mode\":2,\"max\":3},\"after\":[\"X\"],\"cost\":{\"fixed\":{\"dist\":\"fixed\",\"value\":10},"
                        + "\"rate\":{\"dist\":\"fixed\",\"value\":2}}}],\"risks\":[...],\"correlations\":[...],"
                        + "\"targets\":{\"finish\":47,\"cost\":150}}. Exit code 2 on bad input."})
final class JclCommand implements Callable<Integer> {

    enum Format { table, json, csv }

    @CommandLine.Spec
    CommandLine.Model.@Nullable CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PLAN.json", description = "The plan file")
    @Nullable Path file;

    @Option(names = "--trials", description = "Trials (default: the plan's, or 10000; at most 1000000)")
    @Nullable Integer trials;

    @Option(names = "--seed", description = "Random seed (default: the plan's, or 1)")
    @Nullable Long seed;

    @Option(names = "--format", description = "table, json or csv (default: ${DEFAULT-VALUE})", defaultValue = "table")
    Format format = Format.table;

    /** Where the time goes, on stderr (for docs/benchmarks.md; not part of the interface). */
    @Option(names = "--timings", hidden = true)
    boolean timings;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        @Nullable Timings clock = timings ? new Timings() : null;
        JclService service = new JclService();
        JclPlan plan;
        try {
            // wrong-typed values and unknown fields come with the plan's own problems, as from the API
            plan = JclInput.plan(JsonInput.readTree(file, err), service, trials, JclService.MAX_TRIALS);
        } catch (JsonInput.Rejected e) {
            return ConsortiumCommand.BAD_INPUT;
        } catch (InvalidInput e) {
            printProblems(e, err);
            return ConsortiumCommand.BAD_INPUT;
        }
        if (clock != null) {
            clock.mark("read and parse");
        }
        JclReport result;
        boolean terminal = System.console() != null && format == Format.table;
        int total = trials != null ? trials : plan.trials() != null ? plan.trials() : JclService.DEFAULT_TRIALS;
        try {
            result = service.run(plan, trials, seed, JclService.MAX_TRIALS, done -> {
                if (clock != null) {
                    clock.block(done);
                }
                if (terminal) {
                    err.printf("\r%3d %%", Math.round(100.0 * done / Math.max(1, total)));
                    err.flush();
                }
            });
        } catch (InvalidInput e) {
            printProblems(e, err);
            return ConsortiumCommand.BAD_INPUT;
        }
        if (terminal) {
            err.print("\r     \r");
            err.flush();
        }
        if (clock != null) {
            clock.mark("summaries and report");
        }
        switch (format) {
            case json -> out.println(JsonInput.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(result));
            case csv -> Csv.write(out, List.of("quantity", "mean", "p10", "p50", "p70", "p80", "p90"), csvRows(result));
            default -> printTable(out, result);
        }
        out.flush();
        if (clock != null) {
            clock.mark("output");
            clock.print(err);
        }
        return 0;
    }

    /** Every problem as {@code file:field: message}; one with {@code --trials} or {@code --seed} names the option. */
    private void printProblems(InvalidInput e, PrintWriter err) {
        Map<String, String> given = new HashMap<>();
        if (trials != null) {
            given.put("trials", "--trials");
        }
        if (seed != null) {
            given.put("seed", "--seed");
        }
        OptionProblems.print(file, e, given, err);
    }

    /**
     * Wall-clock marks of one run: from the JVM's start to the command, parse, the trial blocks (each reported by the
     * run's progress, so "map, compile, first block" is the set-up plus the first block), summaries, output; and the
     * process CPU time (all threads: JIT compilers and GC included).
     */
    private static final class Timings {

        private final StringBuilder text = new StringBuilder();
        private long last = System.nanoTime();
        private int blocks;

        Timings() {
            long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
            text.append(String.format(Locale.ROOT, "timings: JVM start to command %d ms",
                    System.currentTimeMillis() - jvmStart));
        }

        void mark(String step) {
            long now = System.nanoTime();
            text.append(String.format(Locale.ROOT, ", %s %d ms", step, (now - last) / 1_000_000));
            last = now;
        }

        void block(int done) {
            mark(blocks++ == 0 ? "map, compile, first block (to trial " + done + ")" : "to trial " + done);
        }

        void print(PrintWriter err) {
            long cpu = ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
            err.println(text + "; process CPU " + cpu + " ms");
            err.flush();
        }
    }

    /** A plan with one of each part, for {@link #readerWarmUp()}. */
    static final String WARM_UP = """
            {"activities": [{"id": "A", "name": "A", "owner": "o", "duration": {"dist": "pert", "min": 1, "mode": 2,
              "max": 3}, "cost": {"fixed": {"dist": "triangular", "min": 1, "mode": 2, "max": 3}, "rate": {"dist":
              "uniform", "min": 1, "max": 2}}}, {"id": "B", "after": ["A"], "links": [{"from": "A", "type": "SS",
              "lag": 1}], "duration": {"dist": "lognormal", "mean": 2, "sd": 1}}],
             "risks": [{"id": "r", "name": "r", "probability": 0.5, "affects": ["A"], "delay": {"dist": "fixed",
              "value": 1}, "cost": {"dist": "normal", "mean": 1, "sd": 0.5}}],
             "correlations": [{"activities": ["A", "B"], "rho": 0.5, "on": "duration"}],
             "targets": {"finish": 10, "cost": 10}, "trials": 100, "seed": 1, "startDate": "2027-01-04"}""";

    /**
     * Reads a small plan once on a second thread, so that the JSON reader's cold start (loading Jackson and building
     * the plan's deserializers: a few hundred milliseconds of a cold command) overlaps the command line's own set-up
     * on the main thread. Only for {@code jcl}; nothing is printed, and a failure only means no head start.
     */
    static Runnable readerWarmUp() {
        return () -> {
            try {
                JsonInput.mapper().readValue(WARM_UP, JclPlan.class);
            } catch (RuntimeException e) {
                // the real read reports any problem
            }
        };
    }

    private static List<List<Object>> csvRows(JclReport r) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(csvRow("finish", r.finish()));
        JclReport.FinishDates d = r.finishDates();
        if (d != null) {
            rows.add(List.of("finish date", d.mean(), d.p10(), d.p50(), d.p70(), d.p80(), d.p90()));
        }
        rows.add(csvRow("cost", r.cost()));
        return rows;
    }

    /** Plain decimals (no exponent: a spreadsheet reads 191930000.5, a person too), as many digits as the double. */
    private static List<Object> csvRow(String name, JclReport.Summary s) {
        List<Object> row = new ArrayList<>();
        row.add(name);
        for (double v : new double[] {s.mean(), s.p10(), s.p50(), s.p70(), s.p80(), s.p90()}) {
            row.add(java.math.BigDecimal.valueOf(v).toPlainString());
        }
        return row;
    }

    private static void printTable(PrintWriter out, JclReport r) {
        out.printf(Locale.ROOT, "%d trials, seed %d%s%n%n", r.trials(), r.seed(),
                r.converged() ? " (stopped at convergence)" : "");
        out.printf(Locale.ROOT, "%-8s %14s %14s %14s %14s %14s %14s%n", "", "mean", "P10", "P50", "P70", "P80", "P90");
        row(out, "finish", r.finish());
        JclReport.FinishDates d = r.finishDates();
        if (d != null) {
            out.printf(Locale.ROOT, "%-8s %14s %14s %14s %14s %14s %14s%n", "date", d.mean(), d.p10(), d.p50(),
                    d.p70(), d.p80(), d.p90());
        }
        row(out, "cost", r.cost());
        out.println();
        if (d != null) {
            out.printf(Locale.ROOT, "Dates from the start %s (%s)%n", d.start(), d.rule());
        }
        out.printf(Locale.ROOT, "Deterministic plan: finish %s days, cost %s%n", num(r.deterministicFinish()),
                num(r.deterministicCost()));
        out.printf(Locale.ROOT, "P(finish <= %s days): %.4f%n", num(r.finishTarget()), r.probabilityFinishBy());
        out.printf(Locale.ROOT, "P(cost <= %s): %.4f%n", num(r.costTarget()), r.probabilityCostWithin());
        out.printf(Locale.ROOT, "JCL (both targets met): %.4f%n", r.jcl());
        out.println();
        out.println("Criticality index (share of trials on the critical path):");
        r.criticality().entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(15)
                .forEach(e -> out.printf(Locale.ROOT, "  %-20s %.3f%n", e.getKey(), e.getValue()));
        if (!r.tornado().partners().isEmpty()) {
            out.println();
            out.printf(Locale.ROOT, "P70 slip by partner (P70 finish is %s days after the deterministic finish):%n",
                    num(r.tornado().p70SlipDays()));
            r.tornado().partners().forEach(b -> out.printf(Locale.ROOT, "  %-20s %10s days%n", b.id(), num(b.finish())));
        }
        if (!r.tornado().risks().isEmpty()) {
            out.println();
            out.println("Risks (mean finish and cost when the risk occurs minus when it does not):");
            r.tornado().risks().forEach(b -> out.printf(Locale.ROOT, "  %-20s %10s days %14s%n", b.id(),
                    num(b.finish()), num(b.cost())));
        }
        r.notes().forEach(note -> out.println("Note: " + note));
    }

    private static void row(PrintWriter out, String name, JclReport.Summary s) {
        out.printf(Locale.ROOT, "%-8s %14s %14s %14s %14s %14s %14s%n", name, num(s.mean()), num(s.p10()), num(s.p50()),
                num(s.p70()), num(s.p80()), num(s.p90()));
    }

    private static String num(double v) {
        return Math.abs(v) >= 1e5 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
