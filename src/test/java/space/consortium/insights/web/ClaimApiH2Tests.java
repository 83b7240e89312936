package space.consortium.insights.web;

class ClaimApiH2Tests extends ClaimApiContract {
}
