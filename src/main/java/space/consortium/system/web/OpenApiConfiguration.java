package space.consortium.system.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /v3/api-docs} (and Swagger UI): its title and version come from the build
 * ({@code META-INF/build-info.properties}, written by the {@code build-info} goal of the Spring Boot Maven plugin), and
 * it declares the bearer-token scheme (API tokens, see {@code accounts.web.BearerTokenFilter}) that every write
 * operation requires, so that Swagger UI's Authorize button makes writes work.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    /** The name of the security scheme in {@code components.securitySchemes}. */
    static final String BEARER = "bearer";

    private static final Set<PathItem.HttpMethod> WRITES = Set.of(PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT,
            PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);

    @Bean
    OpenAPI consortiumOpenApi(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        String title = properties == null || properties.getName() == null ? "Consortium" : properties.getName();
        String version = properties == null || properties.getVersion() == null ? "development" : properties.getVersion();
        return new OpenAPI()
                .info(new Info().title(title + " API").version(version).description(
                        "The registry (partners, projects, agreements), cost sharing, teaming, risk, schedule and relay"
                                + " of the Consortium platform. Reads are open; writes need an API token: create one"
                                + " on your account page, then use Authorize. Errors are RFC 9457 problem details;"
                                + " money is always {amount, currency, priceYear} in units of the currency."))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("An API token of your account: Authorization: Bearer <token>")));
    }

    /** Every write operation requires the bearer token; reads need none. */
    @Bean
    OpenApiCustomizer writesNeedTheBearerToken() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().values().forEach(path -> path.readOperationsMap().forEach((method, operation) -> {
                if (WRITES.contains(method)) {
                    operation.addSecurityItem(new SecurityRequirement().addList(BEARER));
                }
            }));
        };
    }
}
