package space.consortium.insights.web;

import space.consortium.support.UsePostgres;

@UsePostgres
class ClaimApiPostgresTests extends ClaimApiContract {
}
