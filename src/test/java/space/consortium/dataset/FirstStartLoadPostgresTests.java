package space.consortium.dataset;

import space.consortium.support.UsePostgres;

@UsePostgres
class FirstStartLoadPostgresTests extends FirstStartLoadContract {
}
