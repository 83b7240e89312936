package space.consortium.relay;

import java.util.List;

/** Where a plan's bare orbiter and lander ids are looked up: the registry (server) or the shipped file (CLI). */
interface AssetCatalog {

    /** Every relay asset (orbiters and landers), orbiters first, each group by id. */
    List<RelayAsset> all();
}
