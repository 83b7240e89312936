package space.consortium.system.web;

class ApiRoundTripH2Tests extends ApiRoundTripContract {
}
