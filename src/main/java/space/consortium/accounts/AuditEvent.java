package space.consortium.accounts;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One recorded change: who ({@code actor}), when, through which channel ({@code page}, {@code api}, {@code cli},
 * {@code import}), what ({@code action} on {@code entity} {@code entityId}) and the values before and after, as JSON
 * (null before a create and after a delete).
 */
public record AuditEvent(long id, Instant at, String actor, String channel, String action, String entity,
                         String entityId, @Nullable String projectId, @Nullable String partnerId,
                         @Nullable String before, @Nullable String after) {
}
