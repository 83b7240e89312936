package space.consortium.relay;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import space.consortium.shared.Csv;

/** The relay assets shipped in {@code dataset/relay_assets.csv} (each row with its source URL). */
final class BundledAssets implements AssetCatalog {

    static final String RESOURCE = "/dataset/relay_assets.csv";

    private final List<RelayAsset> assets;

    private BundledAssets(List<RelayAsset> assets) {
        this.assets = List.copyOf(assets);
    }

    static BundledAssets load() {
        try (InputStream in = BundledAssets.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            Csv.Table table = Csv.read(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<RelayAsset> assets = new ArrayList<>();
            for (Csv.Row row : table.rows()) {
                assets.add(asset(row));
            }
            return new BundledAssets(assets);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<RelayAsset> all() {
        return assets;
    }

    private static RelayAsset asset(Csv.Row row) {
        String id = row.get("id").orElseThrow();
        String kind = row.get("kind").orElseThrow();
        String owner = row.get("owner").orElseThrow();
        Map<String, Object> parameters = parameters(row);
        return RelayAssets.fromParameters(id, row.get("name").orElse(id), kind, owner, row.get("notes").orElse(""),
                row.get("source_url").orElseThrow(), parameters, RESOURCE + " line " + row.line());
    }

    /** The row's orbit or site as the JSON object a plan file would give (without id and owner). */
    static Map<String, Object> parameters(Csv.Row row) {
        Map<String, Object> p = new LinkedHashMap<>();
        if ("orbiter".equals(row.get("kind").orElse(""))) {
            Map<String, Object> elements = new LinkedHashMap<>();
            elements.put("aKm", num(row, "a_km"));
            elements.put("e", num(row, "e"));
            elements.put("iDeg", num(row, "i_deg"));
            elements.put("raanDeg", num(row, "raan_deg"));
            elements.put("argPeriapsisDeg", num(row, "arg_periapsis_deg"));
            elements.put("meanAnomalyDeg", num(row, "mean_anomaly_deg"));
            elements.put("epoch", row.get("epoch").orElseThrow());
            elements.put("kind", row.get("elements_kind").orElse("osculating"));
            p.put("elements", elements);
            p.put("radio", row.get("radio").orElseThrow());
        } else {
            p.put("latDeg", num(row, "lat_deg"));
            p.put("lonDeg", num(row, "lon_deg"));
            p.put("altKm", num(row, "alt_km"));
            p.put("demandMbitPerSol", num(row, "demand_mbit_per_sol"));
        }
        // whether the asset still works, with the page that says so (kept beside the plan-file parameters)
        row.get("status").ifPresent(status -> p.put("status", status));
        row.get("status_source_url").ifPresent(url -> p.put("statusSourceUrl", url));
        return p;
    }

    private static Double num(Csv.Row row, String column) {
        return Double.valueOf(row.get(column).orElseThrow(
                () -> new IllegalStateException(RESOURCE + " line " + row.line() + ": " + column + " is empty")));
    }
}
