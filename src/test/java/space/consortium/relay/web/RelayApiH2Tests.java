package space.consortium.relay.web;

class RelayApiH2Tests extends RelayApiContract {
}
