package space.consortium.relay;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import space.consortium.shared.Csv;

/**
 * Seeds the registry's orbiters and landers from {@code dataset/relay_assets.csv} when it has none, after the
 * shipped dataset (whose partners own them) is loaded: on {@link ApplicationReadyEvent}, which comes after every
 * {@code ApplicationRunner} (the dataset loader is one). Rows whose owner is not a partner are skipped.
 */
@Component
class RelayAssetLoader {

    private static final Logger log = LoggerFactory.getLogger(RelayAssetLoader.class);

    private final RegistryAssets assets;
    private final boolean enabled;

    RelayAssetLoader(RegistryAssets assets, @Value("${consortium.dataset.load-on-start:true}") boolean enabled) {
        this.assets = assets;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void seed() {
        if (enabled && assets.count() == 0) {
            log.info("Seeded {} relay assets (orbiters and landers)", load());
        }
    }

    int load() {
        try (InputStream in = RelayAssetLoader.class.getResourceAsStream(BundledAssets.RESOURCE)) {
            if (in == null) {
                return 0;
            }
            int loaded = 0;
            for (Csv.Row row : Csv.read(new InputStreamReader(in, StandardCharsets.UTF_8)).rows()) {
                String owner = row.get("owner").orElseThrow();
                if (!assets.partnerExists(owner)) {
                    log.warn("Relay asset {} skipped: partner {} is not in the registry", row.get("id").orElse("?"),
                            owner);
                    continue;
                }
                assets.insert(row.get("id").orElseThrow(), row.get("name").orElseThrow(), row.get("kind").orElseThrow(),
                        owner, BundledAssets.parameters(row), row.get("notes").orElse(""),
                        row.get("source_url").orElseThrow());
                loaded++;
            }
            return loaded;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
