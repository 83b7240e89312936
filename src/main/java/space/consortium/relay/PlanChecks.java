package space.consortium.relay;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import space.consortium.relay.engine.MarsModel;
import space.consortium.relay.engine.PropagatorKind;
import space.consortium.shared.Problems;

/**
 * Checks a {@link RelayRequest} and turns it into a {@link PlanRequest} with every default filled in, collecting every
 * problem with the field path that has it ({@code orbiters[0].elements.e}) in one {@link Problems}.
 */
final class PlanChecks {

    static final List<String> PROPAGATORS = List.of("auto", "numerical-j2", "eckstein-hechler", "keplerian");
    static final List<String> RADIOS = List.of("electra", "odyssey", "melacom");
    static final double MAX_DAYS = 45;
    static final double YEAR_SECONDS = 365.25 * 86_400;

    private final Problems problems = new Problems();
    private final Function<String, @Nullable RelayAsset> registry;

    PlanChecks(Function<String, @Nullable RelayAsset> registry) {
        this.registry = registry;
    }

    Problems problems() {
        return problems;
    }

    @Nullable PlanRequest plan(@Nullable RelayRequest request) {
        if (request == null) {
            problems.add("body", RelayInput.EXPECTED);
            return null;
        }
        if (request.body() != null && !"mars".equalsIgnoreCase(request.body())) {
            problems.add("body", "unknown body '" + request.body() + "': only Mars relay is planned");
        }
        Instant start = required(request.start(), problems, "start");
        Instant end = required(request.end(), problems, "end");
        if (start != null && end != null) {
            if (!end.isAfter(start)) {
                problems.add("end", "must be after start (" + start + ")");
            } else if ((end.toEpochMilli() - start.toEpochMilli()) / 86_400_000.0 > MAX_DAYS) {
                problems.add("end", "the period may last at most " + (int) MAX_DAYS + " days");
            }
        }
        double mask = number(request.minElevationDeg(), problems, "minElevationDeg", 10.0, 0, 60);
        double maxRange = number(request.maxRangeKm(), problems, "maxRangeKm", 5000.0, 100, 50_000);
        String propagator = text(request.propagator(), problems, "propagator", "auto");
        if (!PROPAGATORS.contains(propagator)) {
            problems.add("propagator", "unknown propagator '" + propagator + "'; use one of " + PROPAGATORS);
        }
        List<OrbiterSpec> orbiters = list(request.orbiters(), "orbiters", this::orbiterEntry);
        List<LanderSpec> landers = list(request.landers(), "landers", this::landerEntry);
        duplicates(orbiters.stream().map(OrbiterSpec::id).toList(), "orbiters");
        duplicates(landers.stream().map(LanderSpec::id).toList(), "landers");
        double gap = number(request.setupGapSeconds(), problems, "setupGapSeconds", 120.0, 0, 3600);
        double sessions = number(request.maxSessionsPerOrbiterPerSol(), problems, "maxSessionsPerOrbiterPerSol", 6.0, 1,
                50);
        boolean split = Boolean.TRUE.equals(request.allowSplitPasses());
        boolean profiles = Boolean.TRUE.equals(request.rangeProfiles());
        Map<String, Double> weights = new LinkedHashMap<>();
        if (request.agencyWeights() != null) {
            request.agencyWeights().forEach((agency, w) -> {
                if (w != null && Double.isFinite(w) && w > 0 && w <= 100) {
                    weights.put(agency, w);
                } else {
                    problems.add("agencyWeights." + agency, "must be a number in (0, 100]");
                }
            });
        }
        Set<String> removeOrbiters = new LinkedHashSet<>();
        Set<String> removePartners = new LinkedHashSet<>();
        RelayRequest.WhatIf whatIf = request.whatIf();
        if (whatIf != null) {
            removeOrbiters.addAll(ids(whatIf.removeOrbiters(), "whatIf.removeOrbiters"));
            removePartners.addAll(ids(whatIf.removePartners(), "whatIf.removePartners"));
            Set<String> ids = new HashSet<>(orbiters.stream().map(OrbiterSpec::id).toList());
            for (String id : removeOrbiters) {
                if (!ids.contains(id)) {
                    problems.add("whatIf.removeOrbiters", "'" + id + "' is not one of the plan's orbiters");
                }
            }
        }
        List<String> policies = request.policies() == null ? null : ids(request.policies(), "policies");
        if (!problems.isEmpty() || start == null || end == null) {
            return null;
        }
        return new PlanRequest(start, end, mask, maxRange, propagator, orbiters, landers, gap, (int) sessions, split,
                weights, removeOrbiters, removePartners, profiles, policies);
    }

    private @Nullable OrbiterSpec orbiterEntry(RelayRequest.Orbiter entry, Problems at) {
        if (entry.ref() != null) {
            RelayAsset asset = registry.apply(entry.ref());
            if (asset == null || asset.orbiter() == null) {
                at.add("", "unknown orbiter '" + entry.ref() + "': not an orbiter of the registry");
                return null;
            }
            return asset.orbiter();
        }
        return orbiter(entry, at);
    }

    /** A stored orbiter's parameters, its problems named under {@code where}. */
    @Nullable OrbiterSpec orbiter(RelayRequest.Orbiter o, String where) {
        return orbiter(o, problems.at(where));
    }

    /** A stored lander's parameters, its problems named under {@code where}. */
    @Nullable LanderSpec lander(RelayRequest.Lander l, String where) {
        return lander(l, problems.at(where));
    }

    /** An orbiter object: id, owner, elements, radio. */
    private @Nullable OrbiterSpec orbiter(RelayRequest.Orbiter o, Problems at) {
        int before = count();
        String id = requiredText(o.id(), at, "id");
        String owner = requiredText(o.owner(), at, "owner");
        String radio = requiredText(o.radio(), at, "radio");
        if (radio != null && !RADIOS.contains(radio)) {
            at.add("radio", "unknown radio '" + radio + "'; use one of " + RADIOS);
        }
        RelayRequest.Elements elements = o.elements();
        if (elements == null) {
            at.add("elements", "is required: {aKm, e, iDeg, raanDeg, argPeriapsisDeg, meanAnomalyDeg, epoch, kind}");
            return null;
        }
        Problems ef = at.at("elements");
        double a = number(elements.aKm(), ef, "aKm", null, 0, Double.MAX_VALUE);
        double e = number(elements.e(), ef, "e", null, -Double.MAX_VALUE, Double.MAX_VALUE);
        double i = number(elements.iDeg(), ef, "iDeg", null, 0, 180);
        double raan = number(elements.raanDeg(), ef, "raanDeg", 0.0, -360, 360);
        double argp = number(elements.argPeriapsisDeg(), ef, "argPeriapsisDeg", 0.0, -360, 360);
        double m = number(elements.meanAnomalyDeg(), ef, "meanAnomalyDeg", 0.0, -360, 360);
        Instant epoch = required(elements.epoch(), ef, "epoch");
        String kind = text(elements.kind(), ef, "kind", "osculating");
        if (!kind.equals("osculating") && !kind.equals("mean")) {
            ef.add("kind", "must be 'osculating' or 'mean'");
        }
        // each physical check runs as soon as the values it needs are numbers, so that every problem is named at once
        if (Double.isFinite(e) && (e < 0 || e >= 1)) {
            ef.add("e", "eccentricity " + e + " does not describe a closed orbit (0 ≤ e < 1)");
        } else if (Double.isFinite(e) && Double.isFinite(a) && a > 0) {
            double periapsisKm = a * (1 - e);
            if (periapsisKm <= MarsModel.EQUATORIAL_RADIUS / 1000) {
                ef.add("aKm", String.format(java.util.Locale.ROOT,
                        "periapsis radius %.1f km is below the surface of Mars (equatorial radius %.2f km)",
                        periapsisKm, MarsModel.EQUATORIAL_RADIUS / 1000));
            }
            double period = 2 * Math.PI * Math.sqrt(Math.pow(a * 1000, 3) / MarsModel.MU);
            if (period > YEAR_SECONDS) {
                ef.add("aKm", String.format(java.util.Locale.ROOT,
                        "the orbital period is %.0f days, longer than a year: not a relay orbit", period / 86_400));
            }
            if (kind.equals("mean") && e >= PropagatorKind.NEAR_CIRCULAR) {
                ef.add("kind", "mean elements are supported for near-circular orbits only (e < "
                        + PropagatorKind.NEAR_CIRCULAR + "); give osculating elements");
            }
        }
        if (id == null || owner == null || radio == null || epoch == null || count() > before) {
            return null;
        }
        return new OrbiterSpec(id, owner, new ElementsSpec(a, e, i, raan, argp, m, epoch, kind), radio);
    }

    private @Nullable LanderSpec landerEntry(RelayRequest.Lander entry, Problems at) {
        if (entry.ref() != null) {
            RelayAsset asset = registry.apply(entry.ref());
            if (asset == null || asset.lander() == null) {
                at.add("", "unknown lander '" + entry.ref() + "': not a lander of the registry");
                return null;
            }
            return asset.lander();
        }
        return lander(entry, at);
    }

    /** A lander object: id, owner, latDeg, lonDeg, altKm, demandMbitPerSol, priority. */
    private @Nullable LanderSpec lander(RelayRequest.Lander l, Problems at) {
        int before = count();
        String id = requiredText(l.id(), at, "id");
        String owner = requiredText(l.owner(), at, "owner");
        double lat = number(l.latDeg(), at, "latDeg", null, -90, 90);
        double lon = number(l.lonDeg(), at, "lonDeg", null, -180, 360);
        double alt = number(l.altKm(), at, "altKm", 0.0, -10, 25);
        double demand = number(l.demandMbitPerSol(), at, "demandMbitPerSol", 0.0, 0, 100_000);
        double priority = number(l.priority(), at, "priority", 1.0, 0.01, 100);
        if (id == null || owner == null || count() > before) {
            return null;
        }
        return new LanderSpec(id, owner, lat, lon, alt, demand, priority);
    }

    private int count() {
        return problems.problems().size();
    }

    private <E, T> List<T> list(@Nullable List<@Nullable E> items, String field,
                                BiFunction<E, Problems, @Nullable T> item) {
        if (items == null || items.isEmpty()) {
            problems.add(field, "is required: a non-empty list of registry ids or objects");
            return List.of();
        }
        List<T> result = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            E entry = items.get(i);
            if (entry == null) {
                problems.at(field, i).add("", "must not be null");
                continue;
            }
            T t = item.apply(entry, problems.at(field, i));
            if (t != null) {
                result.add(t);
            }
        }
        return result;
    }

    private void duplicates(List<String> ids, String field) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                problems.add(field, "'" + id + "' is listed twice");
            }
        }
    }

    private List<String> ids(@Nullable List<String> values, String field) {
        if (values == null) {
            return List.of();
        }
        if (values.stream().anyMatch(v -> v == null || v.isBlank())) {
            problems.add(field, "must be a list of ids");
            return List.of();
        }
        return values;
    }

    private static double number(@Nullable Double value, Problems at, String field, @Nullable Double fallback,
                                 double min, double max) {
        if (value == null) {
            if (fallback == null) {
                at.add(field, "is required");
                return Double.NaN;
            }
            return fallback;
        }
        if (!Double.isFinite(value)) {
            at.add(field, "must be a number");
            return Double.NaN;
        }
        if (value < min || value > max) {
            at.add(field, value + " is out of range [" + fmt(min) + ", " + fmt(max) + "]");
        }
        return value;
    }

    private static String fmt(double d) {
        return d == Double.MAX_VALUE ? "∞" : d == -Double.MAX_VALUE ? "-∞" : (d == Math.rint(d) ? String.valueOf((long) d)
                : String.valueOf(d));
    }

    private static String text(@Nullable String value, Problems at, String field, String fallback) {
        if (value == null) {
            return fallback;
        }
        if (!value.isBlank()) {
            return value.trim();
        }
        at.add(field, "must be a text");
        return fallback;
    }

    private static @Nullable String requiredText(@Nullable String value, Problems at, String field) {
        if (value != null && !value.isBlank()) {
            return value.trim();
        }
        at.add(field, "is required (a text)");
        return null;
    }

    private static @Nullable Instant required(@Nullable Instant value, Problems at, String field) {
        if (value == null) {
            at.add(field, "is required (ISO-8601 UTC, e.g. 2026-01-01T00:00:00Z)");
        }
        return value;
    }
}
