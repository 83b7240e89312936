package space.consortium.costshare;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Loads the shipped exchange-rate and price-index tables into an empty database on start; edits are never overwritten. */
@Component
class ConversionTableLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ConversionTableLoader.class);

    private final ConversionTableService tables;
    private final boolean enabled;

    ConversionTableLoader(ConversionTableService tables,
                          @Value("${consortium.costshare.load-tables-on-start:true}") boolean enabled) {
        this.tables = tables;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled && tables.isEmpty()) {
            int[] rows = tables.loadBundled();
            log.info("Loaded the shipped conversion tables: {} exchange rates, {} price indexes", rows[0], rows[1]);
        }
    }
}
