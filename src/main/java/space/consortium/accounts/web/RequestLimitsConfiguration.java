package space.consortium.accounts.web;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.util.unit.DataSize;

/**
 * The body-size limit of each endpoint (see {@link RequestBodyLimit}): {@code consortium.security.max-body} (1 MB) for
 * every request, more only where a legitimate input needs it. A JCL plan may have 20,000 activities of a few hundred
 * bytes each plus its correlation matrices, so plans and the JCL computation get
 * {@code consortium.security.max-plan-body} (16 MB); a table game for the allocation rules names every coalition, so
 * {@code /api/allocations} gets {@code consortium.security.max-allocation-body} (8 MB); schedule files keep the
 * multipart limit of {@code spring.servlet.multipart.max-request-size} (21 MB). The filter runs before Spring Security,
 * so an oversized sign-in or anonymous request is refused before anything else looks at it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class RequestLimitsConfiguration {

    @Bean
    FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(
            @Value("${consortium.security.max-body:1MB}") DataSize normal,
            @Value("${consortium.security.max-plan-body:16MB}") DataSize plan,
            @Value("${consortium.security.max-allocation-body:8MB}") DataSize allocation,
            @Value("${spring.servlet.multipart.max-request-size:21MB}") DataSize upload) {
        RequestBodyLimit filter = new RequestBodyLimit(normal, List.of(
                new RequestBodyLimit.Rule(HttpMethod.POST, "/api/jcl", plan),
                new RequestBodyLimit.Rule(HttpMethod.PUT, "/api/projects/{projectId}/schedule", plan),
                new RequestBodyLimit.Rule(HttpMethod.POST, "/projects/{projectId}/schedule", plan),
                new RequestBodyLimit.Rule(HttpMethod.POST, "/api/projects/{projectId}/schedule/import", upload),
                new RequestBodyLimit.Rule(HttpMethod.POST, "/projects/{projectId}/schedule/import", upload),
                new RequestBodyLimit.Rule(HttpMethod.POST, "/api/allocations", allocation)));
        FilterRegistrationBean<RequestBodyLimit> registration = new FilterRegistrationBean<>(filter);
        registration.setName("requestBodyLimit");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
