package space.consortium.accounts.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Refuses a request body above its endpoint's limit with 413 {@code application/problem+json} naming the limit, before
 * anything parses it: at once when {@code Content-Length} says so, and for a body of unknown length (chunked) as soon
 * as the limit is passed while it is read here, up to the limit, into memory. Form posts and multipart uploads of
 * unknown length are left to the servlet container's own limits (Tomcat's {@code maxPostSize}, the multipart
 * settings), since the container parses those itself.
 */
final class RequestBodyLimit extends OncePerRequestFilter {

    /** A larger limit for the requests matching a method and path pattern. */
    record Rule(HttpMethod method, String pattern, DataSize limit) {
    }

    private record CompiledRule(HttpMethod method, PathPattern pattern, DataSize limit) {
    }

    private final DataSize defaultLimit;
    private final List<CompiledRule> rules;

    RequestBodyLimit(DataSize defaultLimit, List<Rule> rules) {
        this.defaultLimit = defaultLimit;
        PathPatternParser parser = new PathPatternParser();
        this.rules = rules.stream().map(r -> new CompiledRule(r.method(), parser.parse(r.pattern()), r.limit()))
                .toList();
    }

    /** The limit for a request (the first matching rule's, else the default). */
    DataSize limitFor(HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
        for (CompiledRule rule : rules) {
            if (rule.method().matches(request.getMethod()) && rule.pattern().matches(path)) {
                return rule.limit();
            }
        }
        return defaultLimit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        DataSize limit = limitFor(request);
        long declared = request.getContentLengthLong();
        if (declared > limit.toBytes()) {
            refuse(request, response, limit, declared + " bytes");
            return;
        }
        if (declared < 0 && hasBody(request) && !parsedByContainer(request)) {
            byte[] body = readUpTo(request.getInputStream(), limit.toBytes() + 1);
            if (body.length > limit.toBytes()) {
                refuse(request, response, limit, "more than " + limit.toBytes() + " bytes");
                return;
            }
            chain.doFilter(new BufferedBody(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getHeader("Transfer-Encoding") != null;
    }

    private static boolean parsedByContainer(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null) {
            return false;
        }
        try {
            MediaType media = MediaType.parseMediaType(type);
            return MediaType.APPLICATION_FORM_URLENCODED.includes(media) || MediaType.MULTIPART_FORM_DATA.includes(media);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] readUpTo(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while (out.size() < max && (n = in.read(buffer, 0, (int) Math.min(buffer.length, max - out.size()))) != -1) {
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, DataSize limit, String size)
            throws IOException {
        String endpoint = request.getMethod() + " " + request.getRequestURI().substring(request.getContextPath().length());
        response.setHeader("Connection", "close");
        response.setStatus(413);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,"
                + "\"detail\":\"The request body has " + size + "; " + endpoint.replace("\"", "'").replace("\\", "/")
                + " accepts at most " + human(limit) + " (" + limit.toBytes() + " bytes)\",\"limit\":"
                + limit.toBytes() + "}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static String human(DataSize size) {
        long bytes = size.toBytes();
        if (bytes % (1024 * 1024) == 0) {
            return size.toMegabytes() + " MB";
        }
        return bytes % 1024 == 0 ? size.toKilobytes() + " KB" : bytes + " bytes";
    }

    /** The request with its body read already. */
    private static final class BufferedBody extends HttpServletRequestWrapper {

        private final byte[] body;
        private final ServletInputStream stream;

        BufferedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
            this.stream = stream(body);
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            return stream;
        }

        private static ServletInputStream stream(byte[] body) {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body was read already");
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() throws java.io.UnsupportedEncodingException {
            String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
                    java.nio.charset.Charset.forName(encoding)));
        }
    }
}
