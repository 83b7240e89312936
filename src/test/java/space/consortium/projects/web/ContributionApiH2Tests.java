package space.consortium.projects.web;

class ContributionApiH2Tests extends ContributionApiContract {
}
