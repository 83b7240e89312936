package space.consortium.relay;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import space.consortium.shared.Csv;
import space.consortium.shared.ShippedData;

/**
 * Seeds the registry's orbiters and landers from {@code dataset/relay_assets.csv} when it has none, after the
 * shipped dataset (whose partners own them) is loaded: the dataset module's first-start load runs both in order.
 * Rows whose owner is not a partner are skipped.
 */
@Component
class RelayAssetLoader implements ShippedData {

    private static final Logger log = LoggerFactory.getLogger(RelayAssetLoader.class);

    private final RegistryAssets assets;
    private final boolean enabled;

    RelayAssetLoader(RegistryAssets assets, @Value("${consortium.dataset.load-on-start:true}") boolean enabled) {
        this.assets = assets;
        this.enabled = enabled;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    @Transactional
    public Optional<String> loadIfEmpty() {
        if (enabled && assets.count() == 0) {
            return Optional.of("relay assets: " + load() + " orbiters and landers");
        }
        return Optional.empty();
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
