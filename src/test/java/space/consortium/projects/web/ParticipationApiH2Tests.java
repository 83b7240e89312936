package space.consortium.projects.web;

class ParticipationApiH2Tests extends ParticipationApiContract {
}
