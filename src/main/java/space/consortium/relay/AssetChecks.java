package space.consortium.relay;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import space.consortium.shared.Problems;

/**
 * Checks a {@link RelayAssetRequest} and turns it into the row to store, collecting every problem with its field path
 * in one {@link Problems}. An orbiter's elements and radio and a lander's site are checked by the plan's own rules
 * ({@link PlanChecks}: 0 ≤ e &lt; 1, periapsis above the surface, period under a year, inclination 0–180°, latitude
 * ±90°, ...), so an asset the registry accepts is one a plan accepts; the registry keeps longitudes in −180–180°.
 */
final class AssetChecks {

    static final String ID_PATTERN = "[a-z0-9][a-z0-9-]{0,59}";
    private static final String URL_PATTERN = "https?://\\S+";

    /** What is stored for a valid request: the row's columns and the JSON parameters. */
    record Row(String id, String name, String kind, String owner, Map<String, Object> parameters, String sourceUrl) {
    }

    private final Problems problems = new Problems();
    private final Predicate<String> partnerExists;

    AssetChecks(Predicate<String> partnerExists) {
        this.partnerExists = partnerExists;
    }

    Problems problems() {
        return problems;
    }

    /**
     * Checks every field of the request; the row to store, or null when a problem was found (then in
     * {@link #problems()}).
     *
     * @param id the asset's id (the path's on update, the body's on create)
     */
    @Nullable Row check(@Nullable String id, RelayAssetRequest r) {
        if (id == null || id.isBlank()) {
            problems.add("id", "is required to create an asset (a slug such as 'tgo')");
        } else if (!id.matches(ID_PATTERN)) {
            problems.add("id", "must be a slug of lowercase letters, digits and '-' (at most 60), not '" + id + "'");
        }
        String name = required(r.name(), "name", 200);
        String kind = r.kind() == null || r.kind().isBlank() ? null : r.kind().trim();
        if (kind == null) {
            problems.add("kind", "is required: one of " + RelayAssetRequest.KINDS);
        } else if (!RelayAssetRequest.KINDS.contains(kind)) {
            problems.add("kind", "must be one of " + RelayAssetRequest.KINDS + ", not '" + kind + "'");
        }
        String owner = required(r.owner(), "owner", 40);
        if (owner != null && !partnerExists.test(owner)) {
            problems.add("owner", "unknown partner '" + owner + "': the owner or operator must be a partner of the "
                    + "registry (see /partners)");
        }
        String status = r.status() == null || r.status().isBlank() ? "active" : r.status().trim();
        if (!RelayAsset.STATUSES.contains(status)) {
            problems.add("status", "must be one of " + RelayAsset.STATUSES + ", not '" + status + "'");
        }
        String statusSource = url(r.statusSourceUrl(), "statusSourceUrl", false);
        if (statusSource == null && RelayAsset.STATUSES.contains(status) && !"active".equals(status)
                && (r.statusSourceUrl() == null || r.statusSourceUrl().isBlank())) {
            problems.add("statusSourceUrl", "is required for a " + status + " asset: the page that says so");
        }
        String source = url(r.sourceUrl(), "sourceUrl", true);
        String notes = r.notes() == null ? "" : r.notes().trim();
        if (notes.length() > 1000) {
            problems.add("notes", "is too long (" + notes.length() + " characters; at most 1000)");
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        if ("orbiter".equals(kind)) {
            orbiter(r, parameters);
        } else if ("lander".equals(kind)) {
            lander(r, parameters);
        }
        parameters.put("status", status);
        if (statusSource != null) {
            parameters.put("statusSourceUrl", statusSource);
        }
        if (!notes.isEmpty()) {
            parameters.put("notes", notes);
        }
        if (!problems.isEmpty() || id == null || name == null || kind == null || owner == null || source == null) {
            return null;
        }
        return new Row(id, name, kind, owner, parameters, source);
    }

    private void orbiter(RelayAssetRequest r, Map<String, Object> parameters) {
        onlyFor(r.latDeg(), "latDeg", "a lander");
        onlyFor(r.lonDeg(), "lonDeg", "a lander");
        onlyFor(r.altKm(), "altKm", "a lander");
        onlyFor(r.demandMbitPerSol(), "demandMbitPerSol", "a lander");
        onlyFor(r.priority(), "priority", "a lander");
        PlanChecks plan = new PlanChecks(x -> null);
        // id and owner are checked above, under their own names
        OrbiterSpec spec = plan.orbiter(new RelayRequest.Orbiter("asset", "owner", null, r.elements(), r.radio()), "");
        plan.problems().problems().forEach(p -> problems.add(p.field(), p.message()));
        if (spec != null) {
            ElementsSpec e = spec.elements();
            Map<String, Object> elements = new LinkedHashMap<>();
            elements.put("aKm", e.aKm());
            elements.put("e", e.e());
            elements.put("iDeg", e.iDeg());
            elements.put("raanDeg", e.raanDeg());
            elements.put("argPeriapsisDeg", e.argPeriapsisDeg());
            elements.put("meanAnomalyDeg", e.meanAnomalyDeg());
            elements.put("epoch", e.epoch().toString());
            elements.put("kind", e.kind());
            parameters.put("elements", elements);
            parameters.put("radio", spec.radio());
        }
    }

    private void lander(RelayAssetRequest r, Map<String, Object> parameters) {
        onlyFor(r.elements(), "elements", "an orbiter");
        onlyFor(r.radio(), "radio", "an orbiter");
        PlanChecks plan = new PlanChecks(x -> null);
        LanderSpec spec = plan.lander(new RelayRequest.Lander("asset", "owner", null, r.latDeg(), r.lonDeg(),
                r.altKm(), r.demandMbitPerSol(), r.priority()), "");
        plan.problems().problems().forEach(p -> problems.add(p.field(), p.message()));
        Double lon = r.lonDeg();
        boolean eastOf180 = lon != null && lon > 180 && lon <= 360;
        if (eastOf180) { // a plan takes 180–360; the registry keeps one convention
            problems.add("lonDeg", lon + " is out of range [-180, 180]: the registry keeps east longitudes within "
                    + "±180° (give " + (lon - 360) + ")");
        }
        if (spec != null && !eastOf180) {
            parameters.put("latDeg", spec.latDeg());
            parameters.put("lonDeg", spec.lonDeg());
            parameters.put("altKm", spec.altKm());
            parameters.put("demandMbitPerSol", spec.demandMbitPerSol());
            parameters.put("priority", spec.priority());
        }
    }

    private void onlyFor(@Nullable Object value, String field, String kind) {
        if (value != null) {
            problems.add(field, "is only for " + kind + "; leave it out");
        }
    }

    private @Nullable String required(@Nullable String value, String field, int max) {
        if (value == null || value.isBlank()) {
            problems.add(field, "is required");
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.length() > max) {
            problems.add(field, "is too long (" + trimmed.length() + " characters; at most " + max + ")");
            return null;
        }
        return trimmed;
    }

    private @Nullable String url(@Nullable String value, String field, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(field, "is required: the public page that states these facts (http or https)");
            }
            return null;
        }
        String trimmed = value.trim();
        if (!trimmed.matches(URL_PATTERN) || trimmed.length() > 1000) {
            problems.add(field, "must be an http(s) URL of at most 1000 characters");
            return null;
        }
        return trimmed;
    }
}
