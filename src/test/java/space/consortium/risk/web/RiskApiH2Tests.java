package space.consortium.risk.web;

class RiskApiH2Tests extends RiskApiContract {
}
