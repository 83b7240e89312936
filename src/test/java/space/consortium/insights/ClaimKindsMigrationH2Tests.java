package space.consortium.insights;

import java.util.UUID;
import javax.sql.DataSource;

class ClaimKindsMigrationH2Tests extends ClaimKindsMigrationContract {

    @Override
    DataSource freshDatabase() {
        return dataSource("jdbc:h2:mem:v15_" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
    }
}
