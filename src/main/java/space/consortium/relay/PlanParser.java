package space.consortium.relay;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import space.consortium.relay.engine.MarsModel;
import space.consortium.relay.engine.PropagatorKind;
import space.consortium.shared.Problems;

/**
 * Reads a plan (JSON as maps and lists) into a {@link PlanRequest}, collecting every problem with the field that
 * has it ({@code orbiters[0].elements.e}).
 */
final class PlanParser {

    static final List<String> PROPAGATORS = List.of("auto", "numerical-j2", "eckstein-hechler", "keplerian");
    static final List<String> RADIOS = List.of("electra", "odyssey", "melacom");
    static final double MAX_DAYS = 45;
    static final double YEAR_SECONDS = 365.25 * 86_400;
    private static final Set<String> TOP = Set.of("body", "start", "end", "minElevationDeg", "maxRangeKm", "propagator",
            "orbiters", "landers", "setupGapSeconds", "maxSessionsPerOrbiterPerSol", "allowSplitPasses",
            "agencyWeights", "whatIf", "rangeProfiles", "policies");
    private static final Set<String> ORBITER = Set.of("id", "owner", "name", "elements", "radio");
    private static final Set<String> ELEMENTS = Set.of("aKm", "e", "iDeg", "raanDeg", "argPeriapsisDeg",
            "meanAnomalyDeg", "epoch", "kind");
    private static final Set<String> LANDER = Set.of("id", "owner", "name", "latDeg", "lonDeg", "altKm",
            "demandMbitPerSol", "priority");

    private final Problems problems = new Problems();
    private int found;
    private final Function<String, @Nullable RelayAsset> registry;

    PlanParser(Function<String, @Nullable RelayAsset> registry) {
        this.registry = registry;
    }

    Problems problems() {
        return problems;
    }

    @Nullable PlanRequest plan(@Nullable Object body) {
        if (!(body instanceof Map<?, ?> map)) {
            add("body", "must be a JSON object with start, end, orbiters and landers");
            return null;
        }
        unknownKeys(map, TOP, "");
        Object bodyName = map.get("body");
        if (bodyName != null && !"mars".equalsIgnoreCase(String.valueOf(bodyName))) {
            add("body", "unknown body '" + bodyName + "': only Mars relay is planned");
        }
        Instant start = instant(map, "start", "start");
        Instant end = instant(map, "end", "end");
        if (start != null && end != null) {
            if (!end.isAfter(start)) {
                add("end", "must be after start (" + start + ")");
            } else if ((end.toEpochMilli() - start.toEpochMilli()) / 86_400_000.0 > MAX_DAYS) {
                add("end", "the period may last at most " + (int) MAX_DAYS + " days");
            }
        }
        double mask = number(map, "minElevationDeg", "minElevationDeg", 10.0, 0, 60);
        double maxRange = number(map, "maxRangeKm", "maxRangeKm", 5000.0, 100, 50_000);
        String propagator = string(map, "propagator", "propagator", "auto");
        if (!PROPAGATORS.contains(propagator)) {
            add("propagator", "unknown propagator '" + propagator + "'; use one of " + PROPAGATORS);
        }
        List<OrbiterSpec> orbiters = list(map, "orbiters", this::orbiterEntry);
        List<LanderSpec> landers = list(map, "landers", this::landerEntry);
        duplicates(orbiters.stream().map(OrbiterSpec::id).toList(), "orbiters");
        duplicates(landers.stream().map(LanderSpec::id).toList(), "landers");
        double gap = number(map, "setupGapSeconds", "setupGapSeconds", 120.0, 0, 3600);
        double sessions = number(map, "maxSessionsPerOrbiterPerSol", "maxSessionsPerOrbiterPerSol", 6.0, 1, 50);
        boolean split = bool(map, "allowSplitPasses", false);
        boolean profiles = bool(map, "rangeProfiles", false);
        Map<String, Double> weights = new LinkedHashMap<>();
        Object w = map.get("agencyWeights");
        if (w instanceof Map<?, ?> wm) {
            wm.forEach((k, v) -> {
                if (v instanceof Number n && n.doubleValue() > 0 && n.doubleValue() <= 100) {
                    weights.put(String.valueOf(k), n.doubleValue());
                } else {
                    add("agencyWeights." + k, "must be a number in (0, 100]");
                }
            });
        } else if (w != null) {
            add("agencyWeights", "must be an object of agency → weight");
        }
        Set<String> removeOrbiters = new LinkedHashSet<>();
        Set<String> removePartners = new LinkedHashSet<>();
        Object whatIf = map.get("whatIf");
        if (whatIf instanceof Map<?, ?> wi) {
            unknownKeys(wi, Set.of("removeOrbiters", "removePartners"), "whatIf.");
            removeOrbiters.addAll(strings(wi.get("removeOrbiters"), "whatIf.removeOrbiters"));
            removePartners.addAll(strings(wi.get("removePartners"), "whatIf.removePartners"));
            Set<String> ids = new HashSet<>(orbiters.stream().map(OrbiterSpec::id).toList());
            for (String id : removeOrbiters) {
                if (!ids.contains(id)) {
                    add("whatIf.removeOrbiters", "'" + id + "' is not one of the plan's orbiters");
                }
            }
        } else if (whatIf != null) {
            add("whatIf", "must be an object with removeOrbiters and/or removePartners");
        }
        List<String> policies = null;
        if (map.containsKey("policies")) {
            Object given = map.get("policies");
            if (given instanceof List<?>) {
                policies = strings(given, "policies");
            } else {
                add("policies", "must be a list of policy ids (see GET /api/teaming/policies); leave it out for every "
                        + "enabled policy, [] for none");
            }
        }
        if (!problems.isEmpty() || start == null || end == null) {
            return null;
        }
        return new PlanRequest(start, end, mask, maxRange, propagator, orbiters, landers, gap, (int) sessions, split,
                weights, removeOrbiters, removePartners, profiles, policies);
    }

    private @Nullable OrbiterSpec orbiterEntry(Object value, String field) {
        if (value instanceof String id) {
            RelayAsset asset = registry.apply(id);
            if (asset == null || asset.orbiter() == null) {
                add(field, "unknown orbiter '" + id + "': not an orbiter of the registry");
                return null;
            }
            return asset.orbiter();
        }
        if (!(value instanceof Map<?, ?> map)) {
            add(field, "must be a registry id or an object with id, owner, elements and radio");
            return null;
        }
        return orbiter(map, field);
    }

    /** An orbiter object: id, owner, elements, radio. */
    @Nullable OrbiterSpec orbiter(Map<?, ?> map, String field) {
        unknownKeys(map, ORBITER, field + ".");
        String id = requiredString(map, "id", field + ".id");
        String owner = requiredString(map, "owner", field + ".owner");
        String radio = requiredString(map, "radio", field + ".radio");
        if (radio != null && !RADIOS.contains(radio)) {
            add(field + ".radio", "unknown radio '" + radio + "'; use one of " + RADIOS);
        }
        Object el = map.get("elements");
        if (!(el instanceof Map<?, ?> elements)) {
            add(field + ".elements", "is required: {aKm, e, iDeg, raanDeg, argPeriapsisDeg, meanAnomalyDeg,"
                    + " epoch, kind}");
            return null;
        }
        String ef = field + ".elements";
        unknownKeys(elements, ELEMENTS, ef + ".");
        int before = count();
        double a = number(elements, "aKm", ef + ".aKm", null, 0, Double.MAX_VALUE);
        double e = number(elements, "e", ef + ".e", null, -Double.MAX_VALUE, Double.MAX_VALUE);
        double i = number(elements, "iDeg", ef + ".iDeg", null, 0, 180);
        double raan = number(elements, "raanDeg", ef + ".raanDeg", 0.0, -360, 360);
        double argp = number(elements, "argPeriapsisDeg", ef + ".argPeriapsisDeg", 0.0, -360, 360);
        double m = number(elements, "meanAnomalyDeg", ef + ".meanAnomalyDeg", 0.0, -360, 360);
        Instant epoch = instant(elements, "epoch", ef + ".epoch");
        String kind = string(elements, "kind", ef + ".kind", "osculating");
        if (!kind.equals("osculating") && !kind.equals("mean")) {
            add(ef + ".kind", "must be 'osculating' or 'mean'");
        }
        if (count() == before) {
            if (e < 0 || e >= 1) {
                add(ef + ".e", "eccentricity " + e + " does not describe a closed orbit (0 ≤ e < 1)");
            } else {
                double periapsisKm = a * (1 - e);
                if (periapsisKm <= MarsModel.EQUATORIAL_RADIUS / 1000) {
                    add(ef + ".aKm", String.format(java.util.Locale.ROOT,
                            "periapsis radius %.1f km is below the surface of Mars (equatorial radius %.2f km)",
                            periapsisKm, MarsModel.EQUATORIAL_RADIUS / 1000));
                }
                double period = 2 * Math.PI * Math.sqrt(Math.pow(a * 1000, 3) / MarsModel.MU);
                if (period > YEAR_SECONDS) {
                    add(ef + ".aKm", String.format(java.util.Locale.ROOT,
                            "the orbital period is %.0f days, longer than a year: not a relay orbit", period / 86_400));
                }
                if (kind.equals("mean") && e >= PropagatorKind.NEAR_CIRCULAR) {
                    add(ef + ".kind", "mean elements are supported for near-circular orbits only (e < "
                            + PropagatorKind.NEAR_CIRCULAR + "); give osculating elements");
                }
            }
        }
        if (id == null || owner == null || radio == null || epoch == null || count() > before) {
            return null;
        }
        return new OrbiterSpec(id, owner, new ElementsSpec(a, e, i, raan, argp, m, epoch, kind), radio);
    }

    private @Nullable LanderSpec landerEntry(Object value, String field) {
        if (value instanceof String id) {
            RelayAsset asset = registry.apply(id);
            if (asset == null || asset.lander() == null) {
                add(field, "unknown lander '" + id + "': not a lander of the registry");
                return null;
            }
            return asset.lander();
        }
        if (!(value instanceof Map<?, ?> map)) {
            add(field, "must be a registry id or an object with id, owner, latDeg, lonDeg");
            return null;
        }
        return lander(map, field);
    }

    /** A lander object: id, owner, latDeg, lonDeg, altKm, demandMbitPerSol, priority. */
    @Nullable LanderSpec lander(Map<?, ?> map, String field) {
        unknownKeys(map, LANDER, field + ".");
        int before = count();
        String id = requiredString(map, "id", field + ".id");
        String owner = requiredString(map, "owner", field + ".owner");
        double lat = number(map, "latDeg", field + ".latDeg", null, -90, 90);
        double lon = number(map, "lonDeg", field + ".lonDeg", null, -180, 360);
        double alt = number(map, "altKm", field + ".altKm", 0.0, -10, 25);
        double demand = number(map, "demandMbitPerSol", field + ".demandMbitPerSol", 0.0, 0, 100_000);
        double priority = number(map, "priority", field + ".priority", 1.0, 0.01, 100);
        if (id == null || owner == null || count() > before) {
            return null;
        }
        return new LanderSpec(id, owner, lat, lon, alt, demand, priority);
    }

    private int count() {
        return found;
    }

    private void add(String field, String message) {
        found++;
        problems.add(field, message);
    }

    private <T> List<T> list(Map<?, ?> map, String key, java.util.function.BiFunction<Object, String, @Nullable T> item) {
        Object value = map.get(key);
        if (!(value instanceof List<?> items) || items.isEmpty()) {
            add(key, "is required: a non-empty list of registry ids or objects");
            return List.of();
        }
        List<T> result = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            T t = items.get(i) == null ? null : item.apply(items.get(i), key + "[" + i + "]");
            if (items.get(i) == null) {
                add(key + "[" + i + "]", "must not be null");
            }
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
                add(field, "'" + id + "' is listed twice");
            }
        }
    }

    private void unknownKeys(Map<?, ?> map, Set<String> known, String prefix) {
        for (Object key : map.keySet()) {
            if (!known.contains(String.valueOf(key))) {
                add(prefix + key, "unknown field; known fields: " + new java.util.TreeSet<>(known));
            }
        }
    }

    private List<String> strings(@Nullable Object value, String field) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list && list.stream().allMatch(v -> v instanceof String)) {
            return list.stream().map(String::valueOf).toList();
        }
        add(field, "must be a list of ids");
        return List.of();
    }

    private double number(Map<?, ?> map, String key, String field, @Nullable Double fallback, double min, double max) {
        Object value = map.get(key);
        if (value == null) {
            if (fallback == null) {
                add(field, "is required");
                return Double.NaN;
            }
            return fallback;
        }
        if (!(value instanceof Number n) || !Double.isFinite(n.doubleValue())) {
            add(field, "must be a number");
            return Double.NaN;
        }
        double d = n.doubleValue();
        if (d < min || d > max) {
            add(field, d + " is out of range [" + fmt(min) + ", " + fmt(max) + "]");
        }
        return d;
    }

    private static String fmt(double d) {
        return d == Double.MAX_VALUE ? "∞" : d == -Double.MAX_VALUE ? "-∞" : (d == Math.rint(d) ? String.valueOf((long) d)
                : String.valueOf(d));
    }

    private boolean bool(Map<?, ?> map, String key, boolean fallback) {
        Object value = map.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        add(key, "must be true or false");
        return fallback;
    }

    private String string(Map<?, ?> map, String key, String field, String fallback) {
        Object value = map.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof String s && !s.isBlank()) {
            return s.trim();
        }
        add(field, "must be a text");
        return fallback;
    }

    private @Nullable String requiredString(Map<?, ?> map, String key, String field) {
        Object value = map.get(key);
        if (value instanceof String s && !s.isBlank()) {
            return s.trim();
        }
        add(field, "is required (a text)");
        return null;
    }

    private @Nullable Instant instant(Map<?, ?> map, String key, String field) {
        Object value = map.get(key);
        if (value == null) {
            add(field, "is required (ISO-8601 UTC, e.g. 2026-01-01T00:00:00Z)");
            return null;
        }
        try {
            return Instant.parse(String.valueOf(value));
        } catch (DateTimeParseException e) {
            add(field, "'" + value + "' is not an ISO-8601 UTC time such as 2026-01-01T00:00:00Z");
            return null;
        }
    }
}
