package space.consortium.dataset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Loads the shipped dataset into an empty database on start; does nothing when the registry holds data already. */
@Component
class DatasetLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DatasetLoader.class);

    private final DatasetService dataset;
    private final boolean enabled;

    DatasetLoader(DatasetService dataset, @Value("${consortium.dataset.load-on-start:true}") boolean enabled) {
        this.dataset = dataset;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled && dataset.isEmpty()) {
            DatasetReport report = dataset.importBundled();
            log.info("Loaded the shipped dataset into an empty database: {}", report.rowsByFile());
        }
    }
}
