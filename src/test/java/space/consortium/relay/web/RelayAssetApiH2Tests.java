package space.consortium.relay.web;

class RelayAssetApiH2Tests extends RelayAssetApiContract {
}
