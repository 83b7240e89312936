package space.consortium.teaming.web;

class TeamingApiH2Tests extends TeamingApiContract {
}
