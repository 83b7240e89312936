package space.consortium.risk;

import java.util.UUID;
import javax.sql.DataSource;

class RiskCostCurrencyMigrationH2Tests extends RiskCostCurrencyMigrationContract {

    @Override
    DataSource freshDatabase() {
        return dataSource("jdbc:h2:mem:v24_" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
    }
}
