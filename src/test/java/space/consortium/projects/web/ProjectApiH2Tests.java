package space.consortium.projects.web;

class ProjectApiH2Tests extends ProjectApiContract {
}
