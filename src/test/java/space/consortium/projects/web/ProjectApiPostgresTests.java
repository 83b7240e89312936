package space.consortium.projects.web;

import space.consortium.support.UsePostgres;

@UsePostgres
class ProjectApiPostgresTests extends ProjectApiContract {
}
