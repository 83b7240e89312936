package space.consortium.accounts;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import space.consortium.shared.PageRequest;
import space.consortium.shared.PageResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail: services call {@link #created}, {@link #updated} or {@link #deleted} inside the transaction of
 * each write, so a change and its record are committed (or rolled back) together. Who acted comes from
 * {@link Access#actor()}; the channel from the current request ({@code api} for {@code /api/...}, {@code page}
 * otherwise) or {@code cli} outside a request. The trail is append-only: there is no way to change or remove an
 * event through the application. Each write also publishes {@link space.consortium.shared.RecordChanged} in its
 * transaction, so that derived data (the search index) changes with it.
 */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AuditRepository events;
    private final Access access;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher publisher;

    AuditTrail(AuditRepository events, Access access, org.springframework.context.ApplicationEventPublisher publisher) {
        this.events = events;
        this.access = access;
        this.clock = Clock.systemUTC();
        this.publisher = publisher;
    }

    /** Records the creation of an entity; {@code after} is serialised as JSON. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void created(String entity, Object id, @Nullable String projectId, @Nullable String partnerId,
                        Object after) {
        record("create", entity, id, projectId, partnerId, null, after);
    }

    /** Records a change of an entity, with its values before and after. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void updated(String entity, Object id, @Nullable String projectId, @Nullable String partnerId,
                        Object before, Object after) {
        record("update", entity, id, projectId, partnerId, before, after);
    }

    /** Records the removal of an entity, with its last values. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void deleted(String entity, Object id, @Nullable String projectId, @Nullable String partnerId,
                        Object before) {
        record("delete", entity, id, projectId, partnerId, before, null);
    }

    /** Records a bulk import (the dataset import): one event naming the directory and the rows per file. */
    @Transactional
    public void imported(String source, Object summary) {
        events.insert(new AuditEvent(0, Instant.now(clock), access.actor(), "import", "import", "dataset", source,
                null, null, null, json(summary)));
    }

    public PageResult<AuditEvent> list(AuditQuery query, PageRequest page) {
        return events.list(query, page);
    }

    /** Every event matching the query, newest first (for the CSV export). */
    public List<AuditEvent> all(AuditQuery query) {
        return events.all(query);
    }

    private void record(String action, String entity, Object id, @Nullable String projectId,
                        @Nullable String partnerId, @Nullable Object before, @Nullable Object after) {
        events.insert(new AuditEvent(0, Instant.now(clock), access.actor(), channel(), action, entity,
                String.valueOf(id), projectId, partnerId, json(before), json(after)));
        publisher.publishEvent(new space.consortium.shared.RecordChanged(entity, String.valueOf(id))); // same transaction
    }

    private static String channel() {
        if (org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication() == null) {
            return "cli"; // not a web request: web requests always carry a user, if only the anonymous one
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            String path = request.getRequestURI().substring(request.getContextPath().length());
            return path.startsWith("/api/") ? "api" : "page";
        }
        return "cli";
    }

    private static @Nullable String json(@Nullable Object value) {
        return value == null ? null : JSON.writeValueAsString(value);
    }
}
