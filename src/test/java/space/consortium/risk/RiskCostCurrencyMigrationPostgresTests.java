package space.consortium.risk;

import javax.sql.DataSource;
import space.consortium.support.PostgresDatabase;

class RiskCostCurrencyMigrationPostgresTests extends RiskCostCurrencyMigrationContract {

    @Override
    DataSource freshDatabase() {
        PostgresDatabase.Coordinates db = PostgresDatabase.freshDatabase();
        return dataSource(db.url(), db.user(), db.password());
    }
}
