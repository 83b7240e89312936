package space.consortium.system.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import space.consortium.shared.TableExport;

/**
 * Lets an API client ask for a result as a file with {@code Accept: text/csv} (or the spreadsheet's media type) as
 * well as with {@code ?format=csv|xlsx}: when the most preferred type a request to {@code /api/} accepts is one of
 * them and it names no format, it is given {@code format}. The result endpoints' export handlers are mapped on the
 * {@code format} parameter only, so that a client accepting anything ({@code *}{@code /*}) still gets JSON — a
 * {@code produces} condition would win over the JSON handler for such a client.
 */
@Component
final class ExportAccept extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || request.getParameter("format") != null || request.getHeader("Accept") == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String format = preferred(request.getHeader("Accept"));
        chain.doFilter(format == null ? request : new WithFormat(request, format), response);
    }

    static @Nullable String preferred(@Nullable String accept) {
        if (accept == null) {
            return null;
        }
        List<MediaType> types;
        try {
            types = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            return null;
        }
        types = new java.util.ArrayList<>(types);
        types.sort(java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        if (types.isEmpty()) {
            return null;
        }
        MediaType first = types.get(0);
        if (first.isWildcardType() || first.isWildcardSubtype()) {
            return null;
        }
        if (first.isCompatibleWith(MediaType.parseMediaType(TableExport.CSV_VALUE))) {
            return "csv";
        }
        if (first.isCompatibleWith(MediaType.parseMediaType(TableExport.XLSX_VALUE))) {
            return "xlsx";
        }
        return null;
    }

    private static final class WithFormat extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters;

        WithFormat(HttpServletRequest request, String format) {
            super(request);
            Map<String, String[]> all = new LinkedHashMap<>(request.getParameterMap());
            all.put("format", new String[] {format});
            this.parameters = Collections.unmodifiableMap(all);
        }

        @Override
        public @Nullable String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public java.util.Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String @Nullable [] getParameterValues(String name) {
            return parameters.get(name);
        }
    }
}
