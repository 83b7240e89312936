package space.consortium.dataset;

import space.consortium.support.UsePostgres;

@UsePostgres
class DatasetImportPostgresTests extends DatasetImportContract {
}
