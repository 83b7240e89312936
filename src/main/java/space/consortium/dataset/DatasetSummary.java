package space.consortium.dataset;

import java.util.List;
import java.util.Map;

/**
 * Provenance of the data in the registry, computed from the stored rows.
 *
 * @param rowsByTable   rows per table: the registry's (partners, projects, ...) and every other shipped table
 *                      (exchange rates, price index, capability catalogue, relay assets, ...)
 * @param sourcedRowsByTable rows per table that carry a source address
 * @param sourcesByTable distinct source URLs per table
 * @param topSourceHosts the web sites most cited, with how many rows cite them
 * @param caveats       the dataset's documented conflicts and caveats, one entry per item
 */
public record DatasetSummary(Map<String, Long> rowsByTable, Map<String, Long> sourcedRowsByTable,
                             Map<String, Long> sourcesByTable,
                             Map<String, Long> topSourceHosts, long distinctSources, List<String> caveats,
                             String compiled) {
}
