package space.consortium.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import space.consortium.relay.RelayPlan;
import space.consortium.relay.RelayRequest;
import space.consortium.relay.RelayService;
import space.consortium.shared.Csv;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.JsonInput;
import tools.jackson.databind.json.JsonMapper;

/** {@code relay PLAN.json}: Mars relay windows and pass allocation, without starting the server or the database. */
@Command(name = "relay", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Plan Mars relay passes: windows of every orbiter x lander pair, predicted volumes, the "
                + "allocation and an optional what-if.",
                "PLAN.json: {\"start\":\"2026-01-01T00:00:00Z\",\"end\":\"2026-01-08T00:00:00Z\",\"minElevationDeg\":10,"
                        + "\"propagator\":\"numerical-j2\",\"orbiters\":[\"mro\",...],\"landers\":[\"curiosity\",...]}"
                        + " (orbiters and landers as shipped ids or full objects; see docs/relay.md).",
                "Exit code 2 on bad input."})
final class RelayCommand implements Callable<Integer> {

    enum Format { table, json, csv }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PLAN.json", description = "The plan file")
    Path file;

    @Option(names = "--format", description = "table, json or csv (default: ${DEFAULT-VALUE})", defaultValue = "table")
    Format format = Format.table;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        JsonMapper json = JsonInput.mapper();
        RelayRequest body;
        try {
            body = JsonInput.read(file, RelayRequest.class, err);
        } catch (JsonInput.Rejected e) {
            return ConsortiumCommand.BAD_INPUT;
        }
        RelayPlan plan;
        try {
            plan = RelayService.offline().plan(body);
        } catch (InvalidInput e) {
            JsonInput.printRejected(file, e, err);
            return ConsortiumCommand.BAD_INPUT;
        }
        switch (format) {
            case json -> out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(plan));
            case csv -> Csv.write(out, List.of("orbiter", "orbiter_owner", "lander", "lander_owner", "start", "end",
                    "duration_min", "max_elevation_deg", "min_range_km", "volume_mbit", "local_solar_time", "chosen"),
                    rows(plan));
            default -> table(out, plan);
        }
        out.flush();
        return 0;
    }

    private static List<List<@Nullable Object>> rows(RelayPlan plan) {
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (RelayPlan.PassView p : plan.passes()) {
            rows.add(List.of(p.orbiter(), p.orbiterOwner(), p.lander(), p.landerOwner(), p.start().toString(),
                    p.end().toString(), p.durationMin(), p.maxElevationDeg(), p.minRangeKm(), p.volumeMbit(),
                    p.localSolarTime(), chosen(plan, p)));
        }
        return rows;
    }

    private static boolean chosen(RelayPlan plan, RelayPlan.PassView p) {
        return plan.plan().chosen().stream().anyMatch(c -> c.orbiter().equals(p.orbiter())
                && c.lander().equals(p.lander()) && c.start().equals(p.start()));
    }

    private static void table(PrintWriter out, RelayPlan plan) {
        out.printf("Relay plan %s → %s (%.2f sols), mask %.1f°, max range %.0f km, propagator %s%n", plan.start(),
                plan.end(), plan.sols(), plan.minElevationDeg(), plan.maxRangeKm(), plan.propagator());
        plan.orbiters().forEach(o -> out.printf("  orbiter %-10s %-6s radio %-8s propagated with %s%n", o.id(),
                o.owner(), o.radio(), o.propagator()));
        out.println();
        out.printf("%d windows above the mask; %d chosen by %s%s (objective %d, greedy %d)%n%n", plan.passes().size(),
                plan.plan().chosen().size(), plan.plan().method(), plan.plan().optimal() ? ", optimal" : "",
                plan.plan().objective(), plan.plan().greedyObjective());
        out.printf("%-10s %-14s %-22s %-22s %7s %7s %8s %9s %5s %s%n", "orbiter", "lander", "start", "end", "min",
                "maxEl°", "range km", "Mbit", "LTST", "chosen");
        for (RelayPlan.PassView p : plan.passes()) {
            out.printf("%-10s %-14s %-22s %-22s %7.2f %7.2f %8.1f %9.1f %5s %s%n", p.orbiter(), p.lander(),
                    trim(p.start()), trim(p.end()), p.durationMin(), p.maxElevationDeg(), p.minRangeKm(),
                    p.volumeMbit(), p.localSolarTime(), chosen(plan, p) ? "yes" : "");
        }
        out.println();
        out.printf("%-14s %-6s %9s %9s %9s %9s %8s%n", "lander", "owner", "Mbit", "Mbit/sol", "demand", "unmet",
                "sessions");
        for (RelayPlan.LanderTotal t : plan.plan().landers()) {
            out.printf("%-14s %-6s %9.1f %9.1f %9.1f %9.1f %8d%n", t.lander(), t.owner(), t.volumeMbit(),
                    t.perSolMbit(), t.demandMbitPerSol(), t.unmetMbit(), t.sessions());
        }
        if (plan.whatIf() != null) {
            RelayPlan.WhatIfView w = plan.whatIf();
            out.println();
            out.println("What if " + String.join(", ", w.removedOrbiters()) + (w.removedPartners().isEmpty() ? ""
                    : " (all orbiters of " + String.join(", ", w.removedPartners()) + ")") + " were lost:");
            w.changes().forEach(c -> out.printf("  %-14s %9.1f → %9.1f Mbit (%+.1f), unmet %9.1f → %9.1f%n",
                    c.lander(), c.baselineMbit(), c.scenarioMbit(), c.changeMbit(), c.baselineUnmetMbit(),
                    c.scenarioUnmetMbit()));
        }
        plan.notes().forEach(n -> out.println("Note: " + n));
    }

    private static String trim(java.time.Instant t) {
        String s = t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        return s;
    }
}
