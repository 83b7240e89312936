package space.consortium.system.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id and logs one line for it. The id is the client's (or load balancer's)
 * {@code X-Request-Id} when it is sane (1 to 64 letters, digits and {@code . _ : -}), a new UUID otherwise; it is
 * put in the logging context (MDC key {@code requestId}, so every line logged during the request carries it), in
 * the response header {@code X-Request-Id} and in problem+json bodies ({@link RequestIdInProblems}).
 * <p>
 * The line goes to the logger {@code consortium.requests} at INFO: method, path (without the query, which may hold
 * search terms), status, duration in milliseconds and the signed-in user or token owner, also as key-value pairs
 * (fields of the JSON line under {@code logging.structured.format.console=ecs|logstash|gelf}). Switch it off with
 * {@code logging.level.consortium.requests=warn}.
 */
final class RequestLog extends OncePerRequestFilter {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    /** Request attribute in which {@link RequestUser} leaves the name of the authenticated user. */
    static final String USER_ATTRIBUTE = RequestLog.class.getName() + ".user";

    private static final Logger LOG = LoggerFactory.getLogger("consortium.requests");
    private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = requestId(request.getHeader(HEADER));
        long start = System.nanoTime();
        MDC.put(MDC_KEY, id);
        response.setHeader(HEADER, id);
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = false;
        } finally {
            long millis = (System.nanoTime() - start) / 1_000_000;
            // an exception escaping the chain becomes a 500 in the container, after this filter
            log(request, failed ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR : response.getStatus(), millis);
            MDC.remove(MDC_KEY);
        }
    }

    static String requestId(@Nullable String offered) {
        return offered != null && SANE_ID.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }

    private static void log(HttpServletRequest request, int status, long millis) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        String path = request.getRequestURI();
        Object user = request.getAttribute(USER_ATTRIBUTE);
        LOG.atInfo()
                .addKeyValue("http.method", request.getMethod())
                .addKeyValue("url.path", path)
                .addKeyValue("http.status", status)
                .addKeyValue("duration.ms", millis)
                .addKeyValue("user", user == null ? "-" : user)
                .log("{} {} {} {} ms {}", request.getMethod(), path, status, millis, user == null ? "-" : user);
    }
}
