package space.consortium.dataset;

import space.consortium.support.UsePostgres;

@UsePostgres
class DatasetLoadPostgresTests extends DatasetLoadContract {
}
