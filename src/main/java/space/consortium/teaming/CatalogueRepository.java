package space.consortium.teaming;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class CatalogueRepository {

    private final JdbcClient jdbc;

    CatalogueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // capabilities

    List<Capability> capabilities() {
        return jdbc.sql("select * from capability order by group_name, id").query(CatalogueRepository::capability).list();
    }

    Optional<Capability> capability(String id) {
        return jdbc.sql("select * from capability where id = :id").param("id", id).query(CatalogueRepository::capability)
                .optional();
    }

    long countCapabilities() {
        return jdbc.sql("select count(*) from capability").query(Long.class).single();
    }

    void insertCapability(String id, CapabilityRequest r) {
        jdbc.sql("""
                insert into capability (id, name, group_name, description, unit_cost_usd_millions,
                  unit_cost_source_url, version)
                values (:id, :name, :group, :description, :cost, :costSource, 0)""")
                .param("id", id).params(capabilityColumns(r)).update();
    }

    int updateCapability(String id, long version, CapabilityRequest r) {
        return jdbc.sql("""
                update capability set name = :name, group_name = :group, description = :description,
                  unit_cost_usd_millions = :cost, unit_cost_source_url = :costSource, version = version + 1
                where id = :id and version = :version""")
                .param("id", id).param("version", version).params(capabilityColumns(r)).update();
    }

    int deleteCapability(String id) {
        return jdbc.sql("delete from capability where id = :id").param("id", id).update();
    }

    long usesOfCapability(String id) {
        return jdbc.sql("select count(*) from partner_capability where capability_id = :id").param("id", id)
                .query(Long.class).single();
    }

    private static Map<String, @Nullable Object> capabilityColumns(CapabilityRequest r) {
        Map<String, @Nullable Object> m = new HashMap<>();
        m.put("name", r.name());
        m.put("group", r.group());
        m.put("description", r.description());
        m.put("cost", r.unitCostUsdMillions() == null ? null : BigDecimal.valueOf(r.unitCostUsdMillions()));
        m.put("costSource", r.unitCostSourceUrl());
        return m;
    }

    private static Capability capability(ResultSet rs, int row) throws SQLException {
        BigDecimal cost = rs.getBigDecimal("unit_cost_usd_millions");
        return new Capability(rs.getString("id"), rs.getString("name"), rs.getString("group_name"),
                rs.getString("description"), cost == null ? null : cost.doubleValue(),
                rs.getString("unit_cost_source_url"), rs.getLong("version"));
    }

    // partner capabilities

    List<PartnerCapability> partnerCapabilities(@Nullable String partnerId, @Nullable String capabilityId) {
        StringBuilder sql = new StringBuilder("select * from partner_capability where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (partnerId != null) {
            sql.append(" and partner_id = :partner");
            params.put("partner", partnerId);
        }
        if (capabilityId != null) {
            sql.append(" and capability_id = :capability");
            params.put("capability", capabilityId);
        }
        sql.append(" order by partner_id, capability_id");
        return jdbc.sql(sql.toString()).params(params).query(CatalogueRepository::partnerCapability).list();
    }

    Optional<PartnerCapability> partnerCapability(long id) {
        return jdbc.sql("select * from partner_capability where id = :id").param("id", id)
                .query(CatalogueRepository::partnerCapability).optional();
    }

    Optional<PartnerCapability> partnerCapability(String partnerId, String capabilityId) {
        return jdbc.sql("select * from partner_capability where partner_id = :p and capability_id = :c")
                .param("p", partnerId).param("c", capabilityId).query(CatalogueRepository::partnerCapability).optional();
    }

    long insertPartnerCapability(PartnerCapabilityRequest r) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into partner_capability (partner_id, capability_id, maturity, evidence, cost_usd_millions, source_url, version)
                values (:partner, :capability, :maturity, :evidence, :cost, :source, 0)""")
                .params(partnerCapabilityColumns(r)).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    int updatePartnerCapability(long id, long version, PartnerCapabilityRequest r) {
        return jdbc.sql("""
                update partner_capability set maturity = :maturity, evidence = :evidence, cost_usd_millions = :cost,
                  source_url = :source, version = version + 1
                where id = :id and version = :version""")
                .param("id", id).param("version", version).params(partnerCapabilityColumns(r)).update();
    }

    int deletePartnerCapability(long id) {
        return jdbc.sql("delete from partner_capability where id = :id").param("id", id).update();
    }

    private static Map<String, @Nullable Object> partnerCapabilityColumns(PartnerCapabilityRequest r) {
        Map<String, @Nullable Object> m = new HashMap<>();
        m.put("partner", r.partnerId());
        m.put("capability", r.capabilityId());
        m.put("maturity", r.maturity());
        m.put("evidence", r.evidence());
        m.put("cost", r.costUsdMillions() == null ? null : BigDecimal.valueOf(r.costUsdMillions()));
        m.put("source", r.sourceUrl());
        return m;
    }

    private static PartnerCapability partnerCapability(ResultSet rs, int row) throws SQLException {
        BigDecimal cost = rs.getBigDecimal("cost_usd_millions");
        String maturity = rs.getString("maturity");
        return new PartnerCapability(rs.getLong("id"), rs.getString("partner_id"), rs.getString("capability_id"),
                maturity, Maturity.trl(maturity), rs.getString("evidence"), cost == null ? null : cost.doubleValue(),
                rs.getString("source_url"), rs.getLong("version"));
    }

    // policies

    List<Policy> policies() {
        return jdbc.sql("select * from teaming_policy order by id").query(CatalogueRepository::policy).list();
    }

    Optional<Policy> policy(String id) {
        return jdbc.sql("select * from teaming_policy where id = :id").param("id", id).query(CatalogueRepository::policy)
                .optional();
    }

    void insertPolicy(Policy p) {
        jdbc.sql("""
                insert into teaming_policy (id, partner_a, partner_b, title, description, enabled, source_url, version)
                values (:id, :a, :b, :title, :description, :enabled, :source, 0)""")
                .param("id", p.id()).param("a", p.partnerA()).param("b", p.partnerB()).param("title", p.title())
                .param("description", p.description()).param("enabled", p.enabled()).param("source", p.sourceUrl())
                .update();
    }

    int setPolicyEnabled(String id, long version, boolean enabled) {
        return jdbc.sql("update teaming_policy set enabled = :enabled, version = version + 1 where id = :id and version = :version")
                .param("id", id).param("version", version).param("enabled", enabled).update();
    }

    private static Policy policy(ResultSet rs, int row) throws SQLException {
        return new Policy(rs.getString("id"), rs.getString("partner_a"), rs.getString("partner_b"), rs.getString("title"),
                rs.getString("description"), rs.getBoolean("enabled"), rs.getString("source_url"), rs.getLong("version"));
    }
}
