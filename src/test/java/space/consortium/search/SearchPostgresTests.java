package space.consortium.search;

import space.consortium.support.UsePostgres;

@UsePostgres
class SearchPostgresTests extends SearchContract {
}
