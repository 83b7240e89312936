package space.consortium.insights;

import javax.sql.DataSource;
import space.consortium.support.PostgresDatabase;

class ClaimKindsMigrationPostgresTests extends ClaimKindsMigrationContract {

    @Override
    DataSource freshDatabase() {
        PostgresDatabase.Coordinates db = PostgresDatabase.freshDatabase();
        return dataSource(db.url(), db.user(), db.password());
    }
}
