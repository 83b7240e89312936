package space.consortium.relay.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import space.consortium.relay.RelayAsset;
import space.consortium.relay.RelayPlan;
import space.consortium.relay.RelayService;
import space.consortium.shared.Cancelled;
import space.consortium.shared.Chart;
import space.consortium.shared.Computations;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.RegistryCache;

/**
 * The relay planner page: choose landers, orbiters (each with its owner agency), period, mask and propagator, and
 * toggle orbiters off for a what-if; shows a Gantt timeline per orbiter and lander coloured by agency, the volume
 * per sol, the allocation and the what-if table. Bad input re-renders the form with each message (HTTP 400).
 */
@Controller
class RelayPageController {

    static final int MAX_DAYS = 14;
    static final String DEFAULT_START = "2026-01-01";
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final RelayService relay;
    private final Computations computations;
    private final RegistryCache cache;

    RelayPageController(RelayService relay, Computations computations, RegistryCache cache) {
        this.relay = relay;
        this.computations = computations;
        this.cache = cache;
    }

    /** The default plan (the page without parameters) for the request it was computed from. */
    private record DefaultPlan(Map<String, Object> request) {
    }

    /** One checkbox of the form; {@code status} and its source for a lander (active, dormant, ended). */
    record Choice(String id, String name, String owner, String detail, String sourceUrl, boolean checked,
                  boolean lost, String status, @org.jspecify.annotations.Nullable String statusSourceUrl) {
    }

    /** A policy checkbox, as on the coalition builder's page. */
    record PolicyCheck(space.consortium.teaming.Policy policy, boolean checked) {
    }

    /** One row of the allocation table. */
    record Row(String orbiter, String orbiterOwner, String lander, String start, String end, double durationMin,
               double maxElevationDeg, double minRangeKm, double volumeMbit, String localSolarTime) {
    }

    @GetMapping("/relay")
    String page(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
        List<RelayAsset> assets = relay.assets();
        boolean first = params.isEmpty();
        List<String> orbiters = first ? assets.stream().filter(RelayAsset::isOrbiter).map(RelayAsset::id).toList()
                : params.getOrDefault("orbiter", List.of());
        // the default plan leaves out the landers the registry marks dormant or ended
        List<String> landers = first ? relay.defaultLanders() : params.getOrDefault("lander", List.of());
        // the partner policies, switched as on the coalition builder: by default every enabled one
        List<space.consortium.teaming.Policy> policies = relay.policies();
        java.util.Set<String> policyIds = new java.util.HashSet<>(params.getOrDefault("policy", List.of()));
        List<PolicyCheck> policyChecks = policies.stream()
                .map(p -> new PolicyCheck(p, first ? p.enabled() : policyIds.contains(p.id()))).toList();
        List<String> lost = params.getOrDefault("lose", List.of());
        String start = params.getFirst("start") == null ? DEFAULT_START : params.getFirst("start");
        String days = params.getFirst("days") == null ? "3" : params.getFirst("days");
        String mask = params.getFirst("mask") == null ? "10" : params.getFirst("mask");
        String propagator = params.getFirst("propagator") == null ? "auto" : params.getFirst("propagator");

        List<InvalidInput.FieldProblem> errors = new ArrayList<>();
        Map<String, Object> body = new LinkedHashMap<>();
        Instant from = null;
        try {
            from = LocalDate.parse(start).atStartOfDay(ZoneOffset.UTC).toInstant();
            body.put("start", from.toString());
        } catch (DateTimeParseException e) {
            errors.add(new InvalidInput.FieldProblem("start", "'" + start + "' is not a date such as 2026-01-01"));
        }
        Integer dayCount = integer(days);
        if (dayCount == null || dayCount < 1 || dayCount > MAX_DAYS) {
            errors.add(new InvalidInput.FieldProblem("days", "must be a whole number of days from 1 to " + MAX_DAYS));
        } else if (from != null) {
            body.put("end", from.plusSeconds(86_400L * dayCount).toString());
        }
        Double maskDeg = number(mask);
        if (maskDeg == null) {
            errors.add(new InvalidInput.FieldProblem("minElevationDeg", "must be a number of degrees"));
        } else {
            body.put("minElevationDeg", maskDeg);
        }
        body.put("propagator", propagator);
        body.put("orbiters", orbiters);
        body.put("landers", landers);
        body.put("policies", policyChecks.stream().filter(PolicyCheck::checked).map(c -> c.policy().id()).toList());
        List<String> lostChosen = lost.stream().filter(orbiters::contains).toList();
        if (!lostChosen.isEmpty()) {
            body.put("whatIf", Map.of("removeOrbiters", lostChosen));
        }
        RelayPlan plan = null;
        if (errors.isEmpty()) {
            try {
                // The default plan depends only on the registry's assets and fixed inputs: computed once per
                // registry state, so a visitor refreshing the page does not rerun the planner; a what-if computes.
                plan = first ? cache.get(new DefaultPlan(body), () -> computations.run(work -> relay.plan(body, work)))
                        : computations.run(work -> relay.plan(body, work));
            } catch (InvalidInput e) {
                errors.addAll(e.problems());
            } catch (Cancelled e) {
                errors.add(new InvalidInput.FieldProblem("days", e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        Map<String, RelayAsset> byId = new LinkedHashMap<>();
        assets.forEach(a -> byId.put(a.id(), a));
        model.addAttribute("section", "benefits");
        model.addAttribute("orbiterChoices", assets.stream().filter(RelayAsset::isOrbiter)
                .map(a -> new Choice(a.id(), a.name(), a.owner(), a.orbiter() == null ? "" : detail(a), a.sourceUrl(),
                        orbiters.contains(a.id()), lost.contains(a.id()), a.status(), a.statusSourceUrl())).toList());
        model.addAttribute("landerChoices", assets.stream().filter(a -> !a.isOrbiter())
                .map(a -> new Choice(a.id(), a.name(), a.owner(), a.notes(), a.sourceUrl(), landers.contains(a.id()),
                        false, a.status(), a.statusSourceUrl())).toList());
        model.addAttribute("policyChecks", policyChecks);
        model.addAttribute("start", start);
        model.addAttribute("days", days);
        model.addAttribute("mask", mask);
        model.addAttribute("propagator", propagator);
        model.addAttribute("maxDays", MAX_DAYS);
        model.addAttribute("errors", errors);
        model.addAttribute("plan", plan);
        if (plan != null) {
            model.addAttribute("timeline", Chart.json(timeline(plan, byId)));
            model.addAttribute("perSol", Chart.json(perSol(plan, byId)));
            if (plan.whatIf() != null) {
                model.addAttribute("whatIfChart", Chart.json(whatIf(plan, byId)));
            }
            model.addAttribute("rows", plan.plan().chosen().stream().map(p -> new Row(name(byId, p.orbiter()),
                    p.orbiterOwner(), name(byId, p.lander()), CLOCK.format(p.start()), CLOCK.format(p.end()),
                    p.durationMin(), p.maxElevationDeg(), p.minRangeKm(), p.volumeMbit(), p.localSolarTime()))
                    .toList());
            double perSolTotal = plan.plan().landers().stream().mapToDouble(RelayPlan.LanderTotal::perSolMbit).sum();
            model.addAttribute("perSolTotal", Math.round(perSolTotal));
        }
        return "relay/page";
    }

    private static String detail(RelayAsset a) {
        var e = a.orbiter().elements();
        double periKm = e.aKm() * (1 - e.e()) - 3396.19;
        double apoKm = e.aKm() * (1 + e.e()) - 3396.19;
        return String.format(Locale.ROOT, "%.0f × %.0f km, %.1f°, radio %s", periKm, apoKm, e.iDeg(),
                a.orbiter().radio());
    }

    private static String name(Map<String, RelayAsset> byId, String id) {
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

    private static @Nullable Integer integer(String text) {
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static @Nullable Double number(String text) {
        try {
            double d = Double.parseDouble(text.trim());
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
