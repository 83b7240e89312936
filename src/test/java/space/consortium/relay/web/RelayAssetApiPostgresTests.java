package space.consortium.relay.web;

import space.consortium.support.UsePostgres;

@UsePostgres
class RelayAssetApiPostgresTests extends RelayAssetApiContract {
}
