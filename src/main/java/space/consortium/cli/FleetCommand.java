package space.consortium.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import space.consortium.fleet.FleetPreset;
import space.consortium.fleet.FleetReport;
import space.consortium.fleet.FleetRequest;
import space.consortium.fleet.FleetService;
import space.consortium.shared.Csv;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.JsonInput;
import space.consortium.shared.NotFound;
import space.consortium.shared.Problems;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code fleet FLEET.json}: the fleet resilience Monte Carlo, without starting the server or the database. */
@Command(name = "fleet", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Simulate a station's consumables reserve under a resupply fleet: P(reserve below the threshold), "
                + "P(runs out), reserve bands.",
                "FLEET.json: one fleet {\"consumptionKgPerDay\":80,\"initialReserveKg\":14400,\"families\":[{\"id\":"
                        + "\"soyuz\",\"lossProbability\":0.03,\"returnToFlightDays\":66}],\"vehicles\":[{\"id\":"
                        + "\"progress\",\"family\":\"soyuz\",\"cadenceDays\":91,\"capacityKg\":2400}]} or "
                        + "{\"fleets\":[...]} to compare. Or --preset ID (repeatable).",
                "Exit code 2 on bad input."})
final class FleetCommand implements Callable<Integer> {

    enum Format { table, json, csv }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FLEET.json", description = "The fleet file")
    @Nullable Path file;

    @Option(names = "--preset", paramLabel = "ID", description = "A shipped fleet (repeatable): iss-2015, "
            + "single-partner, us-commercial")
    List<String> presets = new ArrayList<>();

    @Option(names = "--trials", description = "Monte Carlo trials (default: the file's, else 10000)")
    @Nullable Integer trials;

    @Option(names = "--seed", description = "Random seed (default: the file's, else 1)")
    @Nullable Long seed;

    @Option(names = "--format", description = "table, json or csv (default: ${DEFAULT-VALUE})", defaultValue = "table")
    Format format = Format.table;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        FleetService service = new FleetService();
        List<FleetRequest> fleets = new ArrayList<>();
        JsonMapper json = JsonInput.mapper();
        // every problem of the file at once: wrong-typed values and unknown fields while reading, then the fleets' own
        Problems reading = new Problems();
        boolean compared = false;
        if (file != null) {
            JsonNode tree;
            try {
                tree = JsonInput.readTree(file, err);
            } catch (JsonInput.Rejected e) {
                return ConsortiumCommand.BAD_INPUT;
            }
            compared = tree.has("fleets");
            if (compared && !tree.path("fleets").isArray()) {
                reading.add("fleets", "must be a list of fleets");
            } else if (compared) {
                if (tree.size() > 1) {
                    tree.properties().stream().filter(f -> !f.getKey().equals("fleets"))
                            .forEach(f -> reading.add(f.getKey(), "is not a known field; known fields: fleets"));
                }
                for (int i = 0; i < tree.path("fleets").size(); i++) {
                    fleets.add(JsonInput.convert(tree.path("fleets").get(i), FleetRequest.class,
                            reading.at("fleets", i)));
                }
            } else {
                fleets.add(JsonInput.convert(tree, FleetRequest.class, reading));
            }
        }
        for (String id : presets) {
            try {
                FleetPreset preset = service.preset(id);
                fleets.add(preset.fleet().with(preset.name(), null, null));
            } catch (NotFound e) {
                err.println("Unknown preset '" + id + "'; the presets are "
                        + service.presets().stream().map(FleetPreset::id).toList());
                return ConsortiumCommand.BAD_INPUT;
            }
        }
        if (fleets.isEmpty()) {
            err.println("Give a fleet file or --preset ID.");
            return ConsortiumCommand.BAD_INPUT;
        }
        List<FleetRequest> runs = new ArrayList<>();
        for (FleetRequest f : fleets) {
            // a fleet that could not be read at all stands as an empty one: its problems are already named
            runs.add((f == null ? EMPTY : f).with(null, trials, seed));
        }
        List<InvalidInput.FieldProblem> checks = List.of();
        boolean single = !compared && runs.size() == 1; // a one-fleet file: its fields are named without "fleets[0]."
        try {
            if (single && fleets.size() == 1 && fleets.get(0) == null) {
                // the file is not a fleet at all: its reading said so, a check of nothing would add noise
            } else if (single) {
                service.check(runs.get(0));
            } else {
                service.check(runs);
            }
        } catch (InvalidInput e) {
            checks = e.problems();
        }
        List<InvalidInput.FieldProblem> problems = JsonInput.merge(reading.problems(), checks);
        if (!problems.isEmpty()) {
            Map<String, String> given = new HashMap<>(); // a bad option value is named as the option
            if (trials != null) {
                given.put("trials", "--trials");
            }
            if (seed != null) {
                given.put("seed", "--seed");
            }
            OptionProblems.print(file == null ? "The fleet" : file, new InvalidInput(problems), given, err);
            return ConsortiumCommand.BAD_INPUT;
        }
        List<FleetReport> reports = single ? List.of(service.simulate(runs.get(0))) : service.compare(runs);
        switch (format) {
            case json -> out.println(json.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(reports.size() == 1 ? reports.get(0) : reports));
            case csv -> Csv.write(out, HEADER, rows(reports));
            default -> table(out, reports);
        }
        out.flush();
        return 0;
    }

    private static final FleetRequest EMPTY = new FleetRequest(null, null, null, null, null, null, null, null, null,
            null);

    private static final List<String> HEADER = List.of("fleet", "trials", "seed", "supply_kg_per_day",
            "p_below_threshold", "se_below_threshold", "p_runs_out", "se_runs_out", "mean_lowest_reserve_days",
            "mean_days_below", "mean_losses");

    private static List<List<@Nullable Object>> rows(List<FleetReport> reports) {
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (FleetReport r : reports) {
            FleetReport x = r;
            rows.add(Arrays.asList(r.name(), x.trials(), x.seed(), round(x.nominalSupplyKgPerDay(), 3),
                    round(x.probabilityBelowThreshold(), 6), round(x.standardErrorBelowThreshold(), 6),
                    round(x.probabilityEmpty(), 6), round(x.standardErrorEmpty(), 6),
                    round(x.meanMinimumReserveDays(), 3), round(x.meanDaysBelowThreshold(), 3),
                    round(x.meanLosses(), 4)));
        }
        return rows;
    }

    private static void table(PrintWriter out, List<FleetReport> reports) {
        FleetReport first = reports.get(0);
        out.printf("%d trials per fleet, seed %d, threshold %.0f days, %d days%n%n", first.trials(), first.seed(),
                first.thresholdDays(), reports.get(0).horizonDays());
        int width = Math.max(5, reports.stream().mapToInt(r -> r.name().length()).max().orElse(5));
        out.printf("%-" + width + "s  %8s  %16s  %9s  %13s  %10s  %6s%n", "fleet", "kg/day", "below threshold",
                "runs out", "lowest (days)", "days below", "losses");
        for (FleetReport r : reports) {
            FleetReport x = r;
            out.printf("%-" + width + "s  %8.1f  %7.2f%% ± %4.2f  %8.2f%%  %13.1f  %10.1f  %6.2f%n", r.name(),
                    x.nominalSupplyKgPerDay(), 100 * x.probabilityBelowThreshold(),
                    100 * x.standardErrorBelowThreshold(), 100 * x.probabilityEmpty(), x.meanMinimumReserveDays(),
                    x.meanDaysBelowThreshold(), x.meanLosses());
        }
        for (FleetReport r : reports) {
            out.printf("%nReserve (days) of %s: day, P5, P25, median, P75, P95%n", r.name());
            List<FleetReport.Band> bands = r.bands();
            int step = Math.max(1, bands.size() / 8);
            for (int i = 0; i < bands.size(); i += step) {
                FleetReport.Band b = bands.get(i);
                out.printf("  %6.0f  %6.1f  %6.1f  %6.1f  %6.1f  %6.1f%n", b.day(), b.p5(), b.p25(), b.p50(), b.p75(),
                        b.p95());
            }
        }
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
