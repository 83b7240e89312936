package space.consortium.costshare;

import org.springframework.beans.factory.annotation.Value;
import java.util.Optional;
import org.springframework.stereotype.Component;
import space.consortium.shared.ShippedData;

/**
 * Loads the shipped exchange-rate and price-index tables into an empty database on its first start (run by the
 * dataset module's first-start load, after the registry); edits are never overwritten.
 */
@Component
class ConversionTableLoader implements ShippedData {

    private final ConversionTableService tables;
    private final boolean enabled;

    ConversionTableLoader(ConversionTableService tables,
                          @Value("${consortium.costshare.load-tables-on-start:true}") boolean enabled) {
        this.tables = tables;
        this.enabled = enabled;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<String> loadIfEmpty() {
        if (enabled && tables.isEmpty()) {
            int[] rows = tables.loadBundled();
            return Optional.of("conversion tables: " + rows[0] + " exchange rates, " + rows[1] + " price indexes");
        }
        return Optional.empty();
    }
}
