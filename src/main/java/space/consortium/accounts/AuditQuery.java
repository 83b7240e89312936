package space.consortium.accounts;

import org.jspecify.annotations.Nullable;

/** Filters of the audit trail; a null field does not filter. */
public record AuditQuery(@Nullable String project, @Nullable String partner, @Nullable String entity,
                         @Nullable String actor) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null);
    }
}
