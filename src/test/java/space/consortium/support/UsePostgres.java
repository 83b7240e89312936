package space.consortium.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a Spring test on a real PostgreSQL (see {@link PostgresDatabase}) instead of the in-memory H2: put it on the
 * PostgreSQL subclass of a test contract. Each test context gets its own fresh database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ContextConfiguration(initializers = UsePostgres.Initializer.class)
public @interface UsePostgres {

    /** Points the datasource at a fresh PostgreSQL database. */
    class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            PostgresDatabase.Coordinates db = PostgresDatabase.freshDatabase();
            TestPropertyValues.of(
                    "spring.datasource.url=" + db.url(),
                    "spring.datasource.username=" + db.user(),
                    "spring.datasource.password=" + db.password()).applyTo(context.getEnvironment());
        }
    }
}
