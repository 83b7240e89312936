package space.consortium.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import space.consortium.costshare.AllocationReport;
import space.consortium.costshare.AllocationRequest;
import space.consortium.costshare.CostShareService;
import space.consortium.shared.Csv;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.JsonInput;
import tools.jackson.databind.json.JsonMapper;

/** {@code allocate GAME.json}: the allocation rules side by side, without starting the server or the database. */
@Command(name = "allocate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Split a shared cost (or profit) with the rules of cooperative game theory and test stability.",
                "GAME.json: {\"type\":\"cost\"|\"profit\",\"players\":[\"a\",\"b\"],\"values\":{\"a\":1,\"b\":2,\"a+b\":2.5}}",
                "or {\"type\":...,\"players\":[...],\"model\":{\"airport\":{\"a\":8,\"b\":11}}} (also elements, scale, "
                        + "bankruptcy, weightedVoting). Exit code 2 on bad input."})
final class AllocateCommand implements Callable<Integer> {

    enum Format { table, json, csv }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GAME.json", description = "The game file")
    Path file;

    @Option(names = {"-m", "--method"}, paramLabel = "M",
            description = "A rule (repeatable): ${COMPLETION-CANDIDATES}; default: every rule that applies",
            completionCandidates = Methods.class, converter = MethodName.class)
    List<String> methods = new ArrayList<>();

    @Option(names = "--format", description = "table, json or csv (default: ${DEFAULT-VALUE})", defaultValue = "table")
    Format format = Format.table;

    @Option(names = "--samples", description = "Permutations for shapley-sampled (default: 100000)")
    Integer samples;

    @Option(names = "--seed", description = "Random seed for shapley-sampled (default: 1)")
    Long seed;

    @Option(names = "--decimals", description = "Decimals of the results (default: 6)")
    Integer decimals;

    static final class Methods extends ArrayList<String> {
        Methods() {
            super(CostShareService.METHODS);
        }
    }

    /** A rule's name, refused (naming the option and the rules) when no rule has it. */
    static final class MethodName implements CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (!CostShareService.METHODS.contains(value)) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a rule; the rules are "
                        + String.join(", ", CostShareService.METHODS));
            }
            return value;
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AllocationRequest fromFile;
        JsonMapper json = JsonInput.mapper();
        try {
            fromFile = JsonInput.read(file, AllocationRequest.class, err);
        } catch (JsonInput.Rejected e) {
            return ConsortiumCommand.BAD_INPUT;
        }
        AllocationRequest request = new AllocationRequest(fromFile.type(), fromFile.players(), fromFile.values(),
                fromFile.model(), methods.isEmpty() ? fromFile.methods() : methods, fromFile.weights(),
                samples != null ? samples : fromFile.samples(), seed != null ? seed : fromFile.seed(),
                decimals != null ? decimals : fromFile.decimals());
        AllocationReport report;
        try {
            report = new CostShareService().allocate(request);
        } catch (InvalidInput e) {
            OptionProblems.print(file, e, givenOptions(), err);
            return ConsortiumCommand.BAD_INPUT;
        }
        switch (format) {
            case json -> out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(report));
            case csv -> Csv.write(out, header(report), rows(report));
            default -> printTable(out, report);
        }
        out.flush();
        return 0;
    }

    /** The request fields whose value came from an option, so that a problem with one names the option. */
    private Map<String, String> givenOptions() {
        Map<String, String> given = new HashMap<>();
        if (!methods.isEmpty()) {
            given.put("methods", "--method");
        }
        if (samples != null) {
            given.put("samples", "--samples");
        }
        if (seed != null) {
            given.put("seed", "--seed");
        }
        if (decimals != null) {
            given.put("decimals", "--decimals");
        }
        return given;
    }

    private static List<String> header(AllocationReport report) {
        List<String> header = new ArrayList<>(List.of("player"));
        header.addAll(report.allocations().keySet());
        return header;
    }

    private static List<List<Object>> rows(AllocationReport report) {
        List<List<Object>> rows = new ArrayList<>();
        for (String player : report.players()) {
            List<Object> row = new ArrayList<>(List.of(player));
            report.allocations().values().forEach(byPlayer -> row.add(byPlayer.get(player)));
            rows.add(row);
        }
        List<Object> total = new ArrayList<>(List.of("total"));
        report.allocations().values().forEach(byPlayer -> total.add(report.total()));
        rows.add(total);
        return rows;
    }

    private static void printTable(PrintWriter out, AllocationReport report) {
        List<String> header = header(report);
        List<List<Object>> rows = rows(report);
        int[] widths = new int[header.size()];
        for (int c = 0; c < header.size(); c++) {
            widths[c] = header.get(c).length();
            for (List<Object> row : rows) {
                widths[c] = Math.max(widths[c], text(row.get(c)).length());
            }
        }
        out.printf("%s game, %d players, total %s%n%n", report.type(), report.players().size(), report.total().toPlainString());
        printRow(out, new ArrayList<>(header), widths);
        char[] rule = new char[Arrays.stream(widths).sum() + 2 * (widths.length - 1)];
        Arrays.fill(rule, '-');
        out.println(new String(rule));
        rows.forEach(row -> printRow(out, row, widths));
        if (report.intervals() != null) {
            out.println();
            out.println("shapley-sampled 95% half-widths (seed " + report.seed() + "):");
            report.intervals().forEach((p, h) -> out.printf("  %s ± %s%n", p, plain(h, report.decimals())));
        }
        if (report.core() != null) {
            AllocationReport.Core core = report.core();
            out.println();
            out.printf("Core: %s (least-core value %s)%n", core.nonEmpty() ? "non-empty" : "empty",
                    plain(core.leastCore(), report.decimals()));
            core.inCore().forEach((method, in) -> {
                AllocationReport.Blocking b = core.blocking().get(method);
                out.printf("  %-15s %s%n", method, in ? "in the core"
                        : "not in the core: coalition " + b.coalition() + " would gain "
                                + plain(b.excess(), report.decimals()));
            });
        }
        report.notes().forEach((method, note) -> out.printf("Note (%s): %s%n", method, note));
    }

    private static void printRow(PrintWriter out, List<Object> row, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < row.size(); c++) {
            String cell = text(row.get(c));
            line.append(c == 0 ? String.format("%-" + widths[c] + "s", cell) : String.format("  %" + widths[c] + "s", cell));
        }
        out.println(line);
    }

    /** A figure as a plain decimal at the report's precision: never {@code 4.72860e+07}. */
    static String plain(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    private static String text(Object cell) {
        return cell instanceof BigDecimal d ? d.toPlainString() : String.valueOf(cell);
    }
}
