package space.consortium.shared;

import space.consortium.support.UsePostgres;

@UsePostgres
class UniqueKeyPostgresTests extends UniqueKeyContract {
}
