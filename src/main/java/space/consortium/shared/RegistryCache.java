package space.consortium.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Values computed from the registry (the cooperation network, statistics, dashboard counts), kept until the registry
 * changes, so that a page view does not recompute what no edit has touched.
 *
 * <p>A value is stored under the registry's <em>fingerprint</em>, read from the database by one cheap query: the last
 * audit event id (every write through a service is audited) and, for each registry table, its row count, the sum of
 * its row versions (every update bumps a version) and, where rows have a generated id, the largest id (an insert after
 * a delete still changes it). Any committed write changes the fingerprint, whichever node or process made it, so
 * several servers on one database, or a CLI import beside a running server, never serve a stale value. The
 * fingerprint is read once per GET request (a GET never writes) and on every other call.
 *
 * <p>Implementation notes: the fingerprint is read <em>before</em> a value is computed, so a write committed during
 * the computation leaves the value stored under the older fingerprint, which the next read no longer matches. Only the
 * values of the current fingerprint are kept: a change drops all of them at once, so the cache holds at most one
 * generation of values (a few per page and year asked for). A value is computed once per generation however many
 * requests ask for it at the same time: the first computes it and the others wait for its result (or its exception,
 * after which the next request tries again), so a burst of views of a heavy page (the relay plan) costs one
 * computation.
 */
@Component
public class RegistryCache {

    /** Tables whose rows the cached values are computed from, with the expression that fingerprints each. */
    private static final List<String> PARTS = List.of(
            "(select coalesce(max(id), 0) from audit_event)",
            versioned("partner", false), versioned("project", false), versioned("participation", true),
            versioned("contribution", true), versioned("share_table", true), versioned("agreement", false),
            "(select count(*) from agreement_party)", "(select coalesce(max(id), 0) from agreement_party)",
            versioned("claim", true), versioned("asset", false));

    private static final String QUERY = "select " + String.join(", ", PARTS);

    private static final String REQUEST_ATTRIBUTE = RegistryCache.class.getName() + ".fingerprint";

    /** Most values kept per fingerprint: a bound in case callers ask for many keys (e.g. every launch year). */
    private static final int MAX_ENTRIES = 512;

    private final JdbcClient jdbc;

    private volatile Generation generation = new Generation("", new ConcurrentHashMap<>());

    public RegistryCache(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Generation(String fingerprint, Map<Object, FutureTask<Object>> values) {
    }

    /**
     * The value stored under {@code key} for the registry as it is now, computed by {@code compute} (and kept) when
     * the registry has changed since it was last computed.
     *
     * @param key a value that names what is computed and from which arguments (records or strings)
     * @param compute computes the value from the registry; its result must not be changed by callers
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> compute) {
        String now = fingerprint();
        Generation current = generation;
        if (!current.fingerprint().equals(now)) {
            current = new Generation(now, new ConcurrentHashMap<>());
            generation = current;
        }
        FutureTask<Object> stored = current.values().get(key);
        if (stored == null) {
            FutureTask<Object> task = new FutureTask<>(compute::get);
            if (current.values().size() >= MAX_ENTRIES) {
                return compute.get();
            }
            stored = current.values().putIfAbsent(key, task);
            if (stored == null) {
                stored = task;
                task.run();
            }
        }
        Object value;
        try {
            value = stored.get();
        } catch (ExecutionException e) {
            current.values().remove(key, stored);
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a value being computed", e);
        }
        return (T) value;
    }

    /** The registry's fingerprint: read once per GET request, otherwise on every call. */
    String fingerprint() {
        @Nullable HttpServletRequest request = getRequest();
        if (request == null) {
            return read();
        }
        Object memo = request.getAttribute(REQUEST_ATTRIBUTE);
        if (memo instanceof String s) {
            return s;
        }
        String read = read();
        request.setAttribute(REQUEST_ATTRIBUTE, read);
        return read;
    }

    private String read() {
        List<Object> row = jdbc.sql(QUERY).query((rs, n) -> {
            Object[] values = new Object[rs.getMetaData().getColumnCount()];
            for (int i = 0; i < values.length; i++) {
                values[i] = rs.getLong(i + 1);
            }
            return List.of(values);
        }).single();
        return row.stream().map(String::valueOf).collect(Collectors.joining(":"));
    }

    private static @Nullable HttpServletRequest getRequest() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            HttpServletRequest request = servlet.getRequest();
            String method = request.getMethod();
            if ("GET".equals(method) || "HEAD".equals(method)) {
                return request;
            }
        }
        return null;
    }

    private static String versioned(String table, boolean generatedId) {
        return "(select count(*) from " + table + "), (select coalesce(sum(version), 0) from " + table + ")"
                + (generatedId ? ", (select coalesce(max(id), 0) from " + table + ")" : "");
    }
}
