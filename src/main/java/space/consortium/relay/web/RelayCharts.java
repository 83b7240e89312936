package space.consortium.relay.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import space.consortium.relay.ElementsSpec;
import space.consortium.relay.RelayAsset;
import space.consortium.relay.RelayPlan;
import space.consortium.shared.Chart;

/**
 * The relay page's charts and allocation table from a {@link RelayPlan}: the Gantt timeline per orbiter and lander
 * coloured by agency, the volume per sol, the what-if comparison, and the chosen passes as rows. Pure functions of the
 * plan and the assets' names; the one place the page's pictures are built.
 */
final class RelayCharts {

    static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** One row of the allocation table. */
    record Row(String orbiter, String orbiterOwner, String lander, String start, String end, double durationMin,
               double maxElevationDeg, double minRangeKm, double volumeMbit, String localSolarTime) {
    }

    private RelayCharts() {
    }

    /** The chosen passes as table rows. */
    static List<Row> rows(RelayPlan plan, Map<String, RelayAsset> byId) {
        return plan.plan().chosen().stream().map(p -> new Row(name(byId, p.orbiter()), p.orbiterOwner(),
                name(byId, p.lander()), CLOCK.format(p.start()), CLOCK.format(p.end()), p.durationMin(),
                p.maxElevationDeg(), p.minRangeKm(), p.volumeMbit(), p.localSolarTime())).toList();
    }

    /** The landers' total volume per sol, Mbit, rounded. */
    static long perSolTotal(RelayPlan plan) {
        return Math.round(plan.plan().landers().stream().mapToDouble(RelayPlan.LanderTotal::perSolMbit).sum());
    }

    /** An orbiter's orbit in words: periapsis × apoapsis altitude, inclination and radio. */
    static String detail(RelayAsset a) {
        ElementsSpec e = a.orbiter().elements();
        return String.format(Locale.ROOT, "%.0f × %.0f km, %.1f°, radio %s", e.periapsisAltitudeKm(),
                e.apoapsisAltitudeKm(), e.iDeg(), a.orbiter().radio());
    }

    static String name(Map<String, RelayAsset> byId, String id) {
        RelayAsset a = byId.get(id);
        return a == null ? id : a.name().replaceAll(" \\(.*\\)$", "");
    }

    private static String agency(String owner) {
        return owner.toUpperCase(Locale.ROOT);
    }

    static Chart.Gantt timeline(RelayPlan plan, Map<String, RelayAsset> byId) {
        List<String> rows = new ArrayList<>();
        Map<String, Integer> rowOf = new LinkedHashMap<>();
        for (RelayPlan.OrbiterView o : plan.orbiters()) {
            rowOf.put("o:" + o.id(), rows.size());
            rows.add(name(byId, o.id()) + " (" + agency(o.owner()) + ")");
        }
        for (RelayPlan.LanderView l : plan.landers()) {
            rowOf.put("l:" + l.id(), rows.size());
            rows.add(name(byId, l.id()) + " (" + agency(l.owner()) + ")");
        }
        List<String> groups = new ArrayList<>();
        plan.orbiters().forEach(o -> {
            if (!groups.contains(agency(o.owner()))) {
                groups.add(agency(o.owner()));
            }
        });
        int notChosen = groups.size();
        groups.add("unused");
        List<Chart.Span> spans = new ArrayList<>();
        java.util.Set<String> chosen = new java.util.HashSet<>();
        for (RelayPlan.PassView p : plan.plan().chosen()) {
            chosen.add(key(p));
            int g = groups.indexOf(agency(p.orbiterOwner()));
            String label = label(byId, p);
            spans.add(new Chart.Span(rowOf.get("o:" + p.orbiter()), p.start().toString(), p.end().toString(), g, label,
                    false));
            spans.add(new Chart.Span(rowOf.get("l:" + p.lander()), p.start().toString(), p.end().toString(), g, label,
                    false));
        }
        for (RelayPlan.PassView p : plan.passes()) {
            if (!chosen.contains(key(p))) {
                spans.add(new Chart.Span(rowOf.get("l:" + p.lander()), p.start().toString(), p.end().toString(),
                        notChosen, "not chosen: " + label(byId, p), true));
            }
        }
        return new Chart.Gantt(rows, groups, spans);
    }

    private static String key(RelayPlan.PassView p) {
        return p.orbiter() + "|" + p.lander() + "|" + p.start();
    }

    private static String label(Map<String, RelayAsset> byId, RelayPlan.PassView p) {
        return String.format(Locale.ROOT, "%s (%s) → %s, %s–%s UTC, max elevation %.0f°, %.0f Mbit, LTST %s",
                name(byId, p.orbiter()), agency(p.orbiterOwner()), name(byId, p.lander()), CLOCK.format(p.start()),
                CLOCK.format(p.end()).substring(6), p.maxElevationDeg(), p.volumeMbit(), p.localSolarTime());
    }

    static Chart.Bar perSol(RelayPlan plan, Map<String, RelayAsset> byId) {
        int sols = plan.plan().landers().isEmpty() ? 0 : plan.plan().landers().get(0).volumeBySolMbit().size();
        List<String> categories = new ArrayList<>();
        for (int s = 1; s <= sols; s++) {
            categories.add("Sol " + s);
        }
        List<Chart.Series> series = plan.plan().landers().stream()
                .map(t -> new Chart.Series(name(byId, t.lander()), t.volumeBySolMbit())).toList();
        return new Chart.Bar(categories, series, false, false, "Mbit", List.of());
    }

    static Chart.Bar whatIf(RelayPlan plan, Map<String, RelayAsset> byId) {
        RelayPlan.WhatIfView w = plan.whatIf();
        List<String> categories = w.changes().stream().map(c -> name(byId, c.lander())).toList();
        double sols = plan.sols();
        List<Double> before = w.changes().stream().map(c -> Math.round(c.baselineMbit() / sols * 10) / 10.0).toList();
        List<Double> after = w.changes().stream().map(c -> Math.round(c.scenarioMbit() / sols * 10) / 10.0).toList();
        String without = "Without " + String.join(", ", w.removedOrbiters().stream().map(id -> name(byId, id)).toList());
        return new Chart.Bar(categories, List.of(new Chart.Series("All chosen orbiters", before),
                new Chart.Series(without, after)), false, false, "Mbit/sol", List.of());
    }
}
