package space.consortium.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import space.consortium.shared.Csv;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.JsonInput;
import space.consortium.teaming.CatalogueService;
import space.consortium.teaming.MissionRequest;
import space.consortium.teaming.MissionSolver;
import space.consortium.teaming.TeamingReport;
import space.consortium.teaming.TeamingService;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code team MISSION.json}: the best coalition for a mission. A file that lists its partners is solved without
 * starting Spring or the database; without partners, the platform's catalogue in the database is used.
 */
@Command(name = "team", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Pick the partners who together cover a mission's required capabilities (exact, OR-Tools CP-SAT).",
                "MISSION.json: {\"requirements\":[{\"capability\":\"robotic-arm\",\"minMaturity\":9,\"redundancy\":1}],"
                        + " \"partners\":[{\"id\":\"csa\",\"capabilities\":[{\"capability\":\"robotic-arm\",\"maturity\":9,"
                        + "\"cost\":120}]}], \"constraints\":{\"required\":[],\"excluded\":[],\"incompatible\":[[\"a\",\"b\"]],"
                        + "\"maxPartners\":5}, \"objective\":\"min-cost\"}",
                "Without \"partners\" the catalogue in the database is used (see --data). Costs in millions of US dollars. "
                        + "An unmeetable mission prints status infeasible and why (exit code 0); bad input: exit code 2."})
final class TeamCommand implements Callable<Integer> {

    enum Format { table, json, csv }

    @ParentCommand
    ConsortiumCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MISSION.json", description = "The mission file")
    Path file;

    @Option(names = "--format", description = "table, json or csv (default: ${DEFAULT-VALUE})", defaultValue = "table")
    Format format = Format.table;

    @Option(names = "--data", description = "Directory of the embedded database, for catalogue missions (default: ./data)")
    @Nullable String dataDir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        JsonMapper json = JsonInput.mapper();
        MissionRequest request;
        try {
            request = JsonInput.read(file, MissionRequest.class, err);
        } catch (JsonInput.Rejected e) {
            return ConsortiumCommand.BAD_INPUT;
        }
        TeamingReport report;
        try {
            if (request.partners() != null) {
                report = new MissionSolver().solve(request);
            } else {
                try (ConfigurableApplicationContext context = root.database(dataDir)) {
                    if (context.getBean(CatalogueService.class).isEmpty()) {
                        err.println(file + ":partners: the file lists no partners and the capability catalogue in the"
                                + " database is empty; "
                                + "restore or import a catalogue into this database, or list the partners in the file");
                        return ConsortiumCommand.BAD_INPUT;
                    }
                    report = context.getBean(TeamingService.class).solve(request);
                }
            }
        } catch (InvalidInput e) {
            JsonInput.printRejected(file, e, err);
            return ConsortiumCommand.BAD_INPUT;
        }
        switch (format) {
            case json -> out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(report));
            case csv -> csv(out, report);
            default -> table(out, report);
        }
        out.flush();
        return 0;
    }

    private static void csv(PrintWriter out, TeamingReport report) {
        if (report.explanation() != null) {
            List<List<@Nullable Object>> rows = new ArrayList<>();
            report.explanation().forEach(r -> rows.add(List.of(report.status(), r.kind(), r.subject(), r.message())));
            Csv.write(out, List.of("status", "kind", "subject", "message"), rows);
            return;
        }
        List<List<@Nullable Object>> rows = new ArrayList<>();
        report.rows().forEach(r -> rows.add(List.of(r.capability(), r.provider(), r.maturity(), money(r.cost()),
                String.join(";", r.backups()), r.redundancy())));
        Csv.write(out, List.of("capability", "provider", "maturity", "cost_usd_millions", "backups", "redundancy"), rows);
    }

    private static void table(PrintWriter out, TeamingReport report) {
        out.printf("Status: %s (objective %s)%n", report.status(), String.join(" > ", report.objectives()));
        if (report.explanation() != null) {
            out.println(Boolean.TRUE.equals(report.explanationMinimal()) || report.explanation().stream()
                    .anyMatch(r -> r.kind().endsWith("capable-partner") || r.kind().endsWith("capable-partners"))
                    ? "Why no coalition exists:" : "Why no coalition exists (a conflicting set, not proven minimal):");
            report.explanation().forEach(r -> out.println("  - " + r.message()));
            report.notes().forEach(n -> out.println("Note: " + n));
            return;
        }
        if (report.cost() == null) {
            report.notes().forEach(n -> out.println("Note: " + n));
            return;
        }
        out.printf("Coalition (%d): %s%n", report.partners().size(), String.join(", ", report.partners()));
        out.printf("Cost: %s M USD   bound %s   gap %.2f%%%n%n", money(report.cost()),
                report.bound() == null ? "-" : money(report.bound()), 100 * (report.gap() == null ? 0 : report.gap()));
        int w = Math.max(10, report.rows().stream().mapToInt(r -> r.capability().length()).max().orElse(10));
        out.printf("%-" + w + "s  %-10s  %8s  %12s  %s%n", "capability", "provider", "maturity", "cost (M USD)", "also able");
        report.rows().forEach(r -> out.printf("%-" + w + "s  %-10s  %8d  %12s  %s%n", r.capability(), r.provider(),
                r.maturity(), money(r.cost()), String.join(", ", r.backups())));
        if (!report.pareto().isEmpty()) {
            out.println();
            out.println("Trade-off (least cost per coalition size):");
            report.pareto().forEach(p -> out.printf("  %2d partners  %12s M USD  %s%n", p.partners(), money(p.cost()),
                    String.join(", ", p.coalition())));
        }
        if (report.greedy() != null) {
            out.printf("%nGreedy baseline: %s M USD with %s%s%n", money(report.greedy().cost()),
                    String.join(", ", report.greedy().partners()), report.greedy().costRatio() == null ? ""
                            : String.format(Locale.ROOT, " (%.3f × the optimum)", report.greedy().costRatio()));
        }
        report.notes().forEach(n -> out.println("Note: " + n));
    }

    private static String money(double millions) {
        return String.format(Locale.ROOT, "%.3f", millions).replaceAll("\\.?0+$", "");
    }
}
