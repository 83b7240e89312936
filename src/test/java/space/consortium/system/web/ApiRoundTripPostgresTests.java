package space.consortium.system.web;

import space.consortium.support.UsePostgres;

@UsePostgres
class ApiRoundTripPostgresTests extends ApiRoundTripContract {
}
