package space.consortium;

import javax.sql.DataSource;
import space.consortium.support.PostgresDatabase;

class UniqueKeysMigrationPostgresTests extends UniqueKeysMigrationContract {

    @Override
    DataSource freshDatabase() {
        PostgresDatabase.Coordinates db = PostgresDatabase.freshDatabase();
        return dataSource(db.url(), db.user(), db.password());
    }
}
