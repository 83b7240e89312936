package space.consortium.teaming;

import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import space.consortium.shared.ShippedData;

/**
 * Loads the shipped capability catalogue into an empty catalogue on the first start, after the registry (partner
 * capabilities need their partners; the dataset module's first-start load runs both in order); edits are never
 * overwritten.
 */
@Component
class CatalogueLoader implements ShippedData {

    private final CatalogueService catalogue;
    private final boolean enabled;

    CatalogueLoader(CatalogueService catalogue, @Value("${consortium.dataset.load-on-start:true}") boolean enabled) {
        this.catalogue = catalogue;
        this.enabled = enabled;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<String> loadIfEmpty() {
        if (enabled && catalogue.isEmpty()) {
            int[] rows = catalogue.loadBundled();
            return Optional.of("capability catalogue: " + rows[0] + " capabilities, " + rows[1]
                    + " partner capabilities, " + rows[2] + " policies");
        }
        return Optional.empty();
    }
}
