package space.consortium.teaming;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Loads the shipped capability catalogue into an empty catalogue on start, after the registry (partner capabilities
 * need their partners, which the dataset loader, an application runner, adds first); edits are never overwritten.
 */
@Component
class CatalogueLoader {

    private static final Logger log = LoggerFactory.getLogger(CatalogueLoader.class);

    private final CatalogueService catalogue;
    private final boolean enabled;

    CatalogueLoader(CatalogueService catalogue, @Value("${consortium.dataset.load-on-start:true}") boolean enabled) {
        this.catalogue = catalogue;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        if (enabled && catalogue.isEmpty()) {
            int[] rows = catalogue.loadBundled();
            log.info("Loaded the shipped capability catalogue: {} capabilities, {} partner capabilities, {} policies",
                    rows[0], rows[1], rows[2]);
        }
    }
}
