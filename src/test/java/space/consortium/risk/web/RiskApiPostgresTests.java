package space.consortium.risk.web;

import space.consortium.support.UsePostgres;

@UsePostgres
class RiskApiPostgresTests extends RiskApiContract {
}
