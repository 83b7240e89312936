package space.consortium;

import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

class UniqueKeysMigrationH2Tests extends UniqueKeysMigrationContract {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    @Override
    DataSource freshDatabase() {
        return dataSource("jdbc:h2:mem:v10_" + COUNTER.incrementAndGet()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
    }
}
