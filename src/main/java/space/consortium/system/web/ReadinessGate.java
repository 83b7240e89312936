package space.consortium.system.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ready means ready: until the application accepts traffic (the shipped data of a new database is loaded, see
 * {@code dataset.DatasetLoader}), every request but the health probes gets 503 with {@code Retry-After} — as
 * {@code application/problem+json} under {@code /api}, as a short page elsewhere — instead of an empty registry.
 * The same holds while the server shuts down. Runs before Spring Security, so a waiting client gets no session.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReadinessGate extends OncePerRequestFilter {

    /** Seconds a client is asked to wait before it tries again. */
    static final int RETRY_AFTER_SECONDS = 5;

    private final ObjectProvider<ApplicationAvailability> availability;

    ReadinessGate(ObjectProvider<ApplicationAvailability> availability) {
        this.availability = availability;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ApplicationAvailability state = availability.getIfAvailable();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (state == null || state.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC
                || path.startsWith("/actuator/health")) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setCharacterEncoding("UTF-8");
        String detail = "Consortium is starting (loading the shipped data into a new database) or stopping; "
                + "try again in " + RETRY_AFTER_SECONDS + " seconds.";
        if (path.startsWith("/api/") || path.equals("/api")) {
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
                    + "\"detail\":\"" + detail + "\"}");
        } else {
            response.setContentType("text/html");
            response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                    + "<title>Starting – Consortium</title></head><body><h1>Consortium is starting</h1><p>" + detail
                    + "</p></body></html>");
        }
    }
}
