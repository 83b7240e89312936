package space.consortium.accounts;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A stored API token as listed: never the token itself, only its first characters to recognise it. */
public record ApiToken(long id, String username, String name, String prefix, String scope, Instant createdAt,
                       @Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
