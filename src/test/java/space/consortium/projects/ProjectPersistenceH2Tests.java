package space.consortium.projects;

class ProjectPersistenceH2Tests extends ProjectPersistenceContract {
}
