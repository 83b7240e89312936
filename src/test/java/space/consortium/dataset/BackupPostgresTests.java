package space.consortium.dataset;

import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import space.consortium.support.PostgresDatabase;
import space.consortium.support.UsePostgres;

@UsePostgres
class BackupPostgresTests extends BackupContract {

    @Override
    DataSource newDatabase() {
        PostgresDatabase.Coordinates db = PostgresDatabase.freshDatabase();
        return new DriverManagerDataSource(db.url(), db.user(), db.password());
    }
}
