package space.consortium.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import space.consortium.insights.InsightsService;
import space.consortium.insights.InsightsStats;
import space.consortium.shared.Csv;
import space.consortium.shared.NotFound;
import tools.jackson.databind.json.JsonMapper;

/** {@code stats}: cooperation statistics computed from the registry in the database. */
@Command(name = "stats", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Cooperation statistics computed from the registry: projects, international shares, "
                + "Artemis Accords signatories, the partners that share the most projects. Exit code 2 for an "
                + "unknown partner.")
final class StatsCommand implements Callable<Integer> {

    enum Format { table, json, csv }

    @ParentCommand
    ConsortiumCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--partner", paramLabel = "ID", description = "Only this partner's statistics")
    String partner;

    @Option(names = "--format", description = "table, json or csv (default: ${DEFAULT-VALUE})", defaultValue = "table")
    Format format = Format.table;

    @Option(names = "--data", description = "Directory of the embedded database (default: ./data)")
    String dataDir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        InsightsStats stats;
        try (ConfigurableApplicationContext context = root.database(dataDir)) {
            stats = context.getBean(InsightsService.class).stats(partner);
        } catch (NotFound e) {
            spec.commandLine().getErr().println(e.getMessage() + "; see 'dataset export' or /partners for the ids");
            return ConsortiumCommand.BAD_INPUT;
        }
        switch (format) {
            case json -> out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(stats));
            case csv -> Csv.write(out, List.of("partner", "name", "projects", "international_projects",
                    "international_share", "partners_worked_with"), rows(stats));
            default -> table(out, stats);
        }
        out.flush();
        return 0;
    }

    private static List<List<Object>> rows(InsightsStats stats) {
        List<List<Object>> rows = new ArrayList<>();
        for (InsightsStats.PartnerRow r : stats.partnerStatistics()) {
            rows.add(List.of(r.partnerId(), r.name(), r.projects(), r.internationalProjects(),
                    String.format(java.util.Locale.ROOT, "%.4f", r.internationalShare()), r.partnersWorkedWith()));
        }
        return rows;
    }

    private static void table(PrintWriter out, InsightsStats stats) {
        out.printf("Partners %d · projects %d · international projects %d · Artemis Accords signatories %d%n%n",
                stats.partners(), stats.projects(), stats.internationalProjects(), stats.artemisAccordsSignatories());
        out.printf("%-12s %8s %14s %8s %10s%n", "partner", "projects", "international", "share", "partners");
        for (InsightsStats.PartnerRow r : stats.partnerStatistics()) {
            if (r.projects() > 0) {
                out.printf("%-12s %8d %14d %7.1f%% %10d%n", r.partnerId(), r.projects(), r.internationalProjects(),
                        100 * r.internationalShare(), r.partnersWorkedWith());
            }
        }
        if (!stats.topPairs().isEmpty()) {
            out.println();
            out.println("Partners that share the most projects:");
            stats.topPairs().forEach(p -> out.printf("  %s – %s: %d%n", p.first(), p.second(), p.sharedProjects()));
        }
    }
}
