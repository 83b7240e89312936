package space.consortium.search;

import space.consortium.support.UsePostgres;

@UsePostgres
class SearchIndexPostgresTests extends SearchIndexContract {
}
