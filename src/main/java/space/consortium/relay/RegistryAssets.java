package space.consortium.relay;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The relay assets of the registry: rows of {@code asset} of kind orbiter or lander, parameters as JSON. */
@Repository
class RegistryAssets implements AssetCatalog {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    RegistryAssets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<RelayAsset> all() {
        return jdbc.sql("""
                        select id, name, kind, owner_partner_id, parameters, source_url from asset
                        where kind in ('orbiter', 'lander') and parameters is not null
                        order by case when kind = 'orbiter' then 0 else 1 end, id""")
                .query((rs, n) -> RelayAssets.fromParameters(rs.getString("id"), rs.getString("name"),
                        rs.getString("kind"), rs.getString("owner_partner_id"), "",
                        rs.getString("source_url"), JSON.readValue(rs.getString("parameters"),
                                new TypeReference<Map<String, Object>>() { }), "asset " + rs.getString("id")))
                .list();
    }

    /** A stored relay asset as the API shows it (with its version), if there is one with the id. */
    java.util.Optional<RelayAssetRequest> find(String id) {
        return jdbc.sql("""
                        select id, name, kind, owner_partner_id, parameters, source_url, version from asset
                        where id = :id and kind in ('orbiter', 'lander')""")
                .param("id", id).query((rs, n) -> stored(rs)).optional();
    }

    /** Every stored relay asset as the API shows it: orbiters first, each group by id. */
    List<RelayAssetRequest> findAll() {
        return jdbc.sql("""
                        select id, name, kind, owner_partner_id, parameters, source_url, version from asset
                        where kind in ('orbiter', 'lander') and parameters is not null
                        order by case when kind = 'orbiter' then 0 else 1 end, id""")
                .query((rs, n) -> stored(rs)).list();
    }

    boolean exists(String id) {
        return jdbc.sql("select count(*) from asset where id = :id").param("id", id).query(Long.class).single() > 0;
    }

    /** Updates the row if its version matches; the number of rows changed (0 when stale or missing). */
    int update(String id, long version, String name, String owner, Map<String, Object> parameters, String sourceUrl) {
        return jdbc.sql("""
                        update asset set name = :name, owner_partner_id = :owner, parameters = :parameters,
                          source_url = :source, version = version + 1
                        where id = :id and version = :version""")
                .param("id", id).param("version", version).param("name", name).param("owner", owner)
                .param("parameters", JSON.writeValueAsString(parameters)).param("source", sourceUrl).update();
    }

    int delete(String id) {
        return jdbc.sql("delete from asset where id = :id").param("id", id).update();
    }

    /**
     * The plans of relay jobs not yet finished (queued or running), by job id: a job names registry assets by id and
     * looks them up when it runs, so an asset they name must stay. The jobs module owns the table; this reads it
     * with SQL, as projects check that a partner exists, which keeps the module graph free of a cycle.
     */
    Map<String, String> unfinishedRelayJobs() {
        Map<String, String> jobs = new java.util.LinkedHashMap<>();
        jdbc.sql("select id, request from computation_job where kind = 'relay' and status in ('queued', 'running')")
                .query(rs -> {
                    jobs.put(rs.getString("id"), rs.getString("request"));
                });
        return jobs;
    }

    private static RelayAssetRequest stored(java.sql.ResultSet rs) throws java.sql.SQLException {
        Map<String, Object> p = JSON.readValue(rs.getString("parameters"), new TypeReference<Map<String, Object>>() { });
        RelayRequest.Elements elements = p.get("elements") == null ? null
                : JSON.convertValue(p.get("elements"), RelayRequest.Elements.class);
        return new RelayAssetRequest(rs.getString("id"), rs.getString("name"), rs.getString("kind"),
                rs.getString("owner_partner_id"), p.get("status") == null ? "active" : String.valueOf(p.get("status")),
                text(p.get("statusSourceUrl")), elements, text(p.get("radio")), number(p.get("latDeg")),
                number(p.get("lonDeg")), number(p.get("altKm")), number(p.get("demandMbitPerSol")),
                number(p.get("priority")), text(p.get("notes")), rs.getString("source_url"), rs.getLong("version"));
    }

    private static @org.jspecify.annotations.Nullable String text(@org.jspecify.annotations.Nullable Object value) {
        return value == null ? null : String.valueOf(value);
    }

    private static @org.jspecify.annotations.Nullable Double number(@org.jspecify.annotations.Nullable Object value) {
        return value instanceof Number n ? n.doubleValue() : null;
    }

    long count() {
        return jdbc.sql("select count(*) from asset where kind in ('orbiter', 'lander')").query(Long.class).single();
    }

    /** Partner id → name, by id (the owners an asset may have). */
    Map<String, String> partnerNames() {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        jdbc.sql("select id, name from partner order by id").query(rs -> {
            names.put(rs.getString("id"), rs.getString("name"));
        });
        return names;
    }

    boolean partnerExists(String id) {
        return jdbc.sql("select count(*) from partner where id = :id").param("id", id).query(Long.class).single() > 0;
    }

    void insert(String id, String name, String kind, String owner, Map<String, Object> parameters, String notes,
                String sourceUrl) {
        Map<String, Object> stored = new java.util.LinkedHashMap<>(parameters);
        if (!notes.isBlank()) {
            stored.put("notes", notes);
        }
        jdbc.sql("""
                        insert into asset (id, name, kind, owner_partner_id, parameters, source_url)
                        values (:id, :name, :kind, :owner, :parameters, :source)""")
                .param("id", id).param("name", name).param("kind", kind).param("owner", owner)
                .param("parameters", JSON.writeValueAsString(stored)).param("source", sourceUrl)
                .update();
    }
}
