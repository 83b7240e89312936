package space.consortium.shared;

import java.util.Optional;

/**
 * Data a module ships with the application and puts into its empty tables on the first start of a database. The
 * dataset module runs every one of them, in {@link #order()}, in one transaction under one database lock, whichever
 * entry point (the server or a command) opens the database first; so two processes or nodes starting together on
 * one database load it once, and a stop during the load leaves nothing half loaded.
 */
public interface ShippedData {

    /** Position in the first-start load, lowest first: the registry (whose partners the others name) is 0. */
    int order();

    /**
     * Loads the shipped rows when this module's tables are empty; runs inside the caller's transaction.
     *
     * @return what was loaded, for the log; empty when there was nothing to do
     */
    Optional<String> loadIfEmpty();
}
