package space.consortium.system.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Scripts, styles and WebJars are versioned in their URLs and cached by browsers.
 *
 * <ul>
 *   <li>{@code /css/**} and {@code /js/**} are fingerprinted with the MD5 of their content
 *       ({@code /css/consortium-<md5>.css}); {@code @{...}} links in templates are rewritten to that name (Spring's
 *       resource chain with {@link VersionResourceResolver}; Spring Boot registers the URL-rewriting filter because
 *       webjars-locator-lite is present).</li>
 *   <li>WebJars carry their version in the path ({@code /webjars/echarts/5.5.0/...}); versionless links in templates
 *       are rewritten to it by the locator.</li>
 *   <li>A versioned or fingerprinted URL never changes content: it is sent with
 *       {@code Cache-Control: public, max-age=31536000, immutable}. Any other static file (a versionless URL typed
 *       by hand, the favicon) with {@code public, max-age=3600}, so that an upgrade shows within the hour. Errors
 *       (404) are sent {@code no-store}.</li>
 * </ul>
 * Spring Security writes its {@code no-store} default only when a response has no {@code Cache-Control} yet, so the
 * header set here is kept; pages (HTML) keep Spring Security's {@code no-store}.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceConfiguration implements WebMvcConfigurer {

    /** One year: the longest max-age RFC 9111 suggests for "never expires". */
    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    /** An hour, for static files whose URL carries no version. */
    static final String SHORT = "public, max-age=3600";

    private static final Pattern FINGERPRINTED = Pattern.compile("^/(css|js)/.+-[0-9a-f]{32}\\.[a-z]+$");

    /** {@code /webjars/<name>/<version>/...}: a version starts with a digit and has a dot. */
    private static final Pattern VERSIONED_WEBJAR = Pattern.compile("^/webjars/[^/]+/\\d[^/]*\\.[^/]*/.+$");

    private static final Pattern STATIC = Pattern.compile("^/(css|js|webjars|images)/.+$|^/favicon\\.(svg|ico)$");

    /**
     * The only static handlers ({@code spring.web.resources.add-mappings=false} turns Spring Boot's {@code /**} one
     * off): with a catch-all handler, rewriting each link of a page ({@code /partners/nasa}) looked it up as a file
     * on the whole classpath, which cost more than the rest of the page.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String folder : new String[] {"css", "js"}) {
            registry.addResourceHandler("/" + folder + "/**")
                    .addResourceLocations("classpath:/static/" + folder + "/")
                    .resourceChain(true)
                    .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        }
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true)
                .addResolver(new LiteWebJarsResourceResolver());
        registry.addResourceHandler("/favicon.svg").addResourceLocations("classpath:/static/");
    }

    @Bean
    FilterRegistrationBean<StaticCacheHeaders> staticCacheHeaders() {
        FilterRegistrationBean<StaticCacheHeaders> registration = new FilterRegistrationBean<>(new StaticCacheHeaders());
        registration.addUrlPatterns("/css/*", "/js/*", "/webjars/*", "/images/*", "/favicon.svg", "/favicon.ico");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** The Cache-Control of a static file's path (without the context path), or null for anything else. */
    static String cacheControl(String path) {
        if (FINGERPRINTED.matcher(path).matches() || VERSIONED_WEBJAR.matcher(path).matches()) {
            return IMMUTABLE;
        }
        return STATIC.matcher(path).matches() ? SHORT : null;
    }

    /** Sets the Cache-Control of static files before they are served, and {@code no-store} on an error. */
    static final class StaticCacheHeaders extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = cacheControl(request.getRequestURI().substring(request.getContextPath().length()));
            if (header == null || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
                chain.doFilter(request, response);
                return;
            }
            response.setHeader("Cache-Control", header);
            chain.doFilter(request, new HttpServletResponseWrapper(response) {
                @Override
                public void setStatus(int sc) {
                    noStoreOnError(sc);
                    super.setStatus(sc);
                }

                @Override
                public void sendError(int sc) throws IOException {
                    noStoreOnError(sc);
                    super.sendError(sc);
                }

                @Override
                public void sendError(int sc, String msg) throws IOException {
                    noStoreOnError(sc);
                    super.sendError(sc, msg);
                }

                private void noStoreOnError(int sc) {
                    if (sc >= 400) {
                        setHeader("Cache-Control", "no-store");
                    }
                }
            });
        }
    }
}
