package space.consortium.projects;

import space.consortium.support.UsePostgres;

@UsePostgres
class ProjectPersistencePostgresTests extends ProjectPersistenceContract {
}
