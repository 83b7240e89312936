package space.consortium.relay;

import java.util.LinkedHashMap;
import java.util.Map;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.JsonInput;
import space.consortium.shared.JsonProblems;
import tools.jackson.core.JacksonException;

/** Turns stored asset parameters (the plan-file JSON shape, {@link RelayRequest.Orbiter} or {@link RelayRequest.Lander}) into relay assets. */
final class RelayAssets {

    private RelayAssets() {
    }

    static RelayAsset fromParameters(String id, String name, String kind, String owner, String notes, String sourceUrl,
                                     Map<String, Object> parameters, String where) {
        Map<String, Object> entry = new LinkedHashMap<>(parameters);
        Object storedNotes = entry.remove("notes");
        Object storedStatus = entry.remove("status");
        Object statusSource = entry.remove("statusSourceUrl");
        String status = storedStatus == null ? "active" : String.valueOf(storedStatus);
        if (!RelayAsset.STATUSES.contains(status)) {
            throw new InvalidInput(where + ".status", "must be one of " + RelayAsset.STATUSES + ", not '" + status + "'");
        }
        if (storedNotes != null && notes.isBlank()) {
            notes = String.valueOf(storedNotes);
        }
        entry.put("id", id);
        entry.put("owner", owner);
        PlanChecks checks = new PlanChecks(x -> null);
        OrbiterSpec orbiter = null;
        LanderSpec lander = null;
        try {
            if ("orbiter".equals(kind)) {
                orbiter = checks.orbiter(JsonInput.mapper().convertValue(entry, RelayRequest.Orbiter.class), where);
            } else {
                lander = checks.lander(JsonInput.mapper().convertValue(entry, RelayRequest.Lander.class), where);
            }
        } catch (JacksonException e) {
            JsonProblems.of(e).forEach(p -> checks.problems().at(where).add(p.field().equals("body") ? "" : p.field(),
                    p.message()));
        }
        checks.problems().throwIfAny();
        if (orbiter == null && lander == null) {
            throw new InvalidInput(where, "is not a valid " + kind);
        }
        return new RelayAsset(id, name, kind, owner, notes, sourceUrl, orbiter, lander, status,
                statusSource == null ? null : String.valueOf(statusSource));
    }
}
