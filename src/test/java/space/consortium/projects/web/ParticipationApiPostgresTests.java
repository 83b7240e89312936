package space.consortium.projects.web;

import space.consortium.support.UsePostgres;

@UsePostgres
class ParticipationApiPostgresTests extends ParticipationApiContract {
}
