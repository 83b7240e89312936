package space.consortium.shared;

import java.util.List;

/**
 * Tables of facts a module ships beside the registry (the conversion tables, the capability catalogue, the relay
 * assets, ...), so that "About the data" counts every shipped table, each from its stored rows, without the dataset
 * module depending on the modules that own them: each module's bean implements this and the page collects them all.
 */
public interface SourcedTables {

    /** The module's tables as they are stored now. */
    List<Table> sourcedTables();

    /**
     * One table.
     *
     * @param name       how the page names it, e.g. "exchange rates"
     * @param rows       its rows, sourced or not
     * @param sourceUrls the source address of every row that has one (a row without a source adds none)
     */
    record Table(String name, long rows, List<String> sourceUrls) {

        public Table {
            sourceUrls = List.copyOf(sourceUrls);
            if (rows < sourceUrls.size()) {
                throw new IllegalArgumentException(name + ": " + sourceUrls.size() + " sources for " + rows + " rows");
            }
        }
    }
}
