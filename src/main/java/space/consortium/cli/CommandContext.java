package space.consortium.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Spring context of a command that uses the database: the modules' services and repositories, the datasource,
 * Flyway, JDBC, transactions and bean validation, and nothing of the web (no web server, security filter chain,
 * pages, actuator, OpenAPI or metrics), which is most of what the server's start costs. Together with lazy
 * initialization and {@link #migrateOnlyWhenBehind()} it keeps a database command to a few seconds.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackages = "space.consortium", excludeFilters = {
        @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = SpringBootConfiguration.class),
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = "space\\.consortium\\..*\\.web\\..*"),
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = "space\\.consortium\\.cli\\..*")})
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, DataSourceAutoConfiguration.class,
        DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
        JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class, FlywayAutoConfiguration.class,
        ValidationAutoConfiguration.class})
class CommandContext {

    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.*\\.sql");

    /**
     * Runs Flyway's migrate (which scans, validates and locks: a quarter of a command's start) only when the
     * database lacks one of the shipped migrations; a database the server has already brought up to date is used
     * as it is. A new or older database is migrated exactly as the server does.
     */
    @Bean
    FlywayMigrationStrategy migrateOnlyWhenBehind() {
        return flyway -> {
            if (!applied(flyway).containsAll(shipped(flyway))) {
                flyway.migrate();
            }
        };
    }

    private static Set<String> shipped(Flyway flyway) {
        Set<String> versions = new HashSet<>();
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        try {
            for (var location : flyway.getConfiguration().getLocations()) {
                for (Resource resource : resolver.getResources("classpath*:" + location.getRootPath() + "/*.sql")) {
                    Matcher m = VERSIONED.matcher(String.valueOf(resource.getFilename()));
                    if (m.matches()) {
                        versions.add(m.group(1).replace('_', '.'));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return versions;
    }

    private static Set<String> applied(Flyway flyway) {
        try {
            return new HashSet<>(new JdbcTemplate(flyway.getConfiguration().getDataSource()).queryForList(
                    "select \"version\" from \"" + flyway.getConfiguration().getTable() + "\" where \"success\" = true"
                            + " and \"version\" is not null", String.class));
        } catch (org.springframework.dao.DataAccessException e) {
            if (e.getCause() instanceof SQLException) {
                return Set.of(); // no history table yet: a new database
            }
            throw e;
        }
    }
}
