package space.consortium.system.web;

import jakarta.servlet.SessionTrackingMode;
import java.sql.DatabaseMetaData;
import java.util.EnumSet;
import javax.sql.DataSource;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions live in the database (Spring Session JDBC, tables of migration V13), so that any node behind a load
 * balancer serves any signed-in user; Spring Boot configures the repository from {@code spring.session.*} and the
 * cookie and timeout from {@code server.servlet.session.*} (30 minutes unless set). A session starts only when
 * something asks for one (a sign-in, a flash message): Spring Session creates none by itself.
 * <p>
 * The session cookie ({@code SESSION}) is HTTP-only and {@code SameSite=Lax}; the session id never travels as
 * {@code ;jsessionid=} in a URL, where it would leak into links, logs and bookmarks.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    @Bean
    ServletContextInitializer sessionsInCookiesOnly() {
        return servletContext -> servletContext.setSessionTrackingModes(EnumSet.of(SessionTrackingMode.COOKIE));
    }

    /**
     * On PostgreSQL, writes session attributes with {@code insert ... on conflict do update}: two requests of one
     * session arriving at two nodes at once (two tabs) must not fail on the attribute table's primary key. H2 keeps
     * Spring Session's portable statements.
     */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertSessionAttributesOnPostgres(DataSource dataSource) {
        boolean postgres = isPostgres(dataSource);
        PostgreSqlJdbcIndexedSessionRepositoryCustomizer upsert = new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
        return repository -> {
            if (postgres) {
                upsert.customize(repository);
            }
        };
    }

    private static boolean isPostgres(DataSource dataSource) {
        try {
            String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
            return "PostgreSQL".equalsIgnoreCase(product);
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("Cannot tell which database holds the sessions: " + e.getMessage(), e);
        }
    }
}
