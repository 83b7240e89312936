package space.consortium.system.web;

import jakarta.servlet.SessionTrackingMode;
import java.sql.DatabaseMetaData;
import java.util.EnumSet;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
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
@ConditionalOnWebApplication
class SessionConfiguration {

    @Bean
    ServletContextInitializer sessionsInCookiesOnly() {
        return servletContext -> servletContext.setSessionTrackingModes(EnumSet.of(SessionTrackingMode.COOKIE));
    }

    /**
     * Writes a new session attribute as an upsert: two requests of one session at once (two tabs, perhaps on two
     * nodes) that both add the same attribute must not fail on the attribute table's primary key, which Spring
     * Session's plain insert does. PostgreSQL gets Spring Session's {@code on conflict do update}; H2 its own
     * {@code merge ... key}.
     */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertSessionAttributes(DataSource dataSource) {
        if (isPostgres(dataSource)) {
            return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
        }
        return repository -> repository.setCreateSessionAttributeQuery("""
                MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
                KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)
                """);
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
