package space.consortium.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Base of the persistence test contracts: services and repositories without a web server, each test in a transaction
 * that is rolled back. The context configuration equals that of the dataset load tests, so all of them share one
 * Spring context per database (H2, and PostgreSQL for subclasses annotated {@link UsePostgres}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Transactional
public abstract class PersistenceContract {

    @Autowired
    protected JdbcClient jdbc;

    /** The number of rows the query counts; {@code params} are name, value pairs. */
    protected long count(String sql, Object... params) {
        var statement = jdbc.sql(sql);
        for (int i = 0; i < params.length; i += 2) {
            statement = statement.param((String) params[i], params[i + 1]);
        }
        return statement.query(Long.class).single();
    }
}
