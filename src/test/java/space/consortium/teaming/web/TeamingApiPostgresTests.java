package space.consortium.teaming.web;

import space.consortium.support.UsePostgres;

@UsePostgres
class TeamingApiPostgresTests extends TeamingApiContract {
}
