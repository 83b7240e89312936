package space.consortium.accounts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One recorded change: who ({@code actor}), when, through which channel ({@code page}, {@code api}, {@code cli},
 * {@code import}), what ({@code action} on {@code entity} {@code entityId}) and the values before and after, as JSON
 * (null before a create and after a delete).
 */
public record AuditEvent(long id, Instant at, String actor, String channel, String action, String entity,
                         String entityId, @Nullable String projectId, @Nullable String partnerId,
                         @Nullable String before, @Nullable String after) {

    /** One field that an update changed, with its values as JSON text. */
    public record FieldChange(String field, String before, String after) {
    }

    /**
     * The top-level fields whose values differ between {@code before} and {@code after} (the version counter
     * left out); empty when either side is missing or not a JSON object.
     */
    public List<FieldChange> changes() {
        if (before == null || after == null) {
            return List.of();
        }
        try {
            JsonNode from = JSON.readTree(before);
            JsonNode to = JSON.readTree(after);
            if (!from.isObject() || !to.isObject()) {
                return List.of();
            }
            Set<String> fields = new LinkedHashSet<>(from.propertyNames());
            fields.addAll(to.propertyNames());
            List<FieldChange> changes = new ArrayList<>();
            for (String field : fields) {
                if (!field.equals("version") && !from.path(field).equals(to.path(field))) {
                    changes.add(new FieldChange(field, text(from.path(field)), text(to.path(field))));
                }
            }
            return changes;
        } catch (JacksonException e) {
            return List.of();
        }
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? "—" : node.isString() ? node.asString() : node.toString();
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
}
