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

    long count() {
        return jdbc.sql("select count(*) from asset where kind in ('orbiter', 'lander')").query(Long.class).single();
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
