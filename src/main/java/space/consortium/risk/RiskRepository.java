package space.consortium.risk;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The register's tables: risk (current state), risk_change (every state), risk_scale and risk_matrix. */
@Repository
class RiskRepository {

    /**
     * A risk with its owner's name; a cost without a stored currency (a row restored from a backup older than the
     * column) takes the rule's default from its project, as the migration that added the column did.
     */
    private static final String SELECT = """
            select r.*, p.name as owner_name,
              coalesce(r.cost_currency, pr.cost_currency, 'USD') as cost_currency_shown,
              coalesce(r.cost_price_year, case when r.cost_currency is null or r.cost_currency = pr.cost_currency
                then pr.cost_price_year end, extract(year from r.changed_at)) as cost_price_year_shown
            from risk r join partner p on p.id = r.owner_partner_id join project pr on pr.id = r.project_id""";
    private static final String SELECT_CHANGES = """
            select c.*,
              coalesce(c.cost_currency, pr.cost_currency, 'USD') as cost_currency_shown,
              coalesce(c.cost_price_year, case when c.cost_currency is null or c.cost_currency = pr.cost_currency
                then pr.cost_price_year end, extract(year from c.changed_at)) as cost_price_year_shown
            from risk_change c join project pr on pr.id = c.project_id""";

    private final JdbcClient jdbc;

    RiskRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored risk, before the project's matrix gives it a zone. */
    record Row(long id, String projectId, String title, String condition, String consequence, String ownerPartnerId,
               String ownerPartnerName, String domain, int likelihood, int consequenceLevel, String disposition,
               @Nullable String acceptedBy, @Nullable String mitigation, List<String> activities,
               @Nullable BigDecimal probability, RiskRequest.@Nullable Impact delay, RiskRequest.@Nullable CostImpact cost,
               Instant changedAt, @Nullable String changedBy, @Nullable String changeNote, long version) {
    }

    /** A stored change row, before the matrix gives it a zone. */
    record ChangeRow(long id, long riskId, String kind, long riskVersion, String title, String condition,
                     String consequence, String ownerPartnerId, String domain, int likelihood, int consequenceLevel,
                     String disposition, @Nullable String acceptedBy, @Nullable String mitigation,
                     List<String> activities, @Nullable BigDecimal probability, RiskRequest.@Nullable Impact delay,
                     RiskRequest.@Nullable CostImpact cost, Instant changedAt, @Nullable String changedBy,
                     @Nullable String changeNote) {
    }

    /** A scale or a project's matrix, as stored. */
    record MatrixRow(String scaleId, String name, String sourceUrl, String likelihoodLabels, String consequenceLabels,
                     String likelihoodCodes, String zoning, long version, boolean stored) {
    }

    List<Row> risks(String projectId) {
        return jdbc.sql(SELECT + " where r.project_id = :project order by r.id").param("project", projectId)
                .query(RiskRepository::map).list();
    }

    /**
     * The project's risks that the query keeps, oldest first: each condition given is part of the query (owner,
     * domain, disposition and, for a zone, the cells of the matrix in that zone as {@code likelihood × 10 +
     * consequence}); an empty list of cells keeps none.
     */
    List<Row> risks(String projectId, @Nullable String partner, @Nullable String domain, @Nullable String disposition,
                    @Nullable List<Integer> cells) {
        if (cells != null && cells.isEmpty()) {
            return List.of();
        }
        StringBuilder where = new StringBuilder(" where r.project_id = :project");
        Map<String, Object> params = new HashMap<>();
        params.put("project", projectId);
        if (partner != null) {
            where.append(" and r.owner_partner_id = :partner");
            params.put("partner", partner);
        }
        if (domain != null) {
            where.append(" and r.domain = :domain");
            params.put("domain", domain);
        }
        if (disposition != null) {
            where.append(" and r.disposition = :disposition");
            params.put("disposition", disposition);
        }
        if (cells != null) {
            where.append(" and r.likelihood * 10 + r.consequence in (:cells)");
            params.put("cells", cells);
        }
        return jdbc.sql(SELECT + where + " order by r.id").params(params).query(RiskRepository::map).list();
    }

    /** How many risks the project has. */
    int count(String projectId) {
        return jdbc.sql("select count(*) from risk where project_id = :project").param("project", projectId)
                .query(Integer.class).single();
    }

    /** The partners that own any of the project's risks: id → name, by id. */
    Map<String, String> owners(String projectId) {
        Map<String, String> owners = new java.util.TreeMap<>();
        jdbc.sql("""
                select distinct r.owner_partner_id, p.name from risk r join partner p on p.id = r.owner_partner_id
                where r.project_id = :project""").param("project", projectId)
                .query((rs, n) -> owners.put(rs.getString(1), rs.getString(2))).list();
        return owners;
    }

    Optional<Row> find(String projectId, long id) {
        return jdbc.sql(SELECT + " where r.project_id = :project and r.id = :id").param("project", projectId)
                .param("id", id).query(RiskRepository::map).optional();
    }

    long insert(String projectId, RiskRequest r, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into risk (project_id, title, condition_text, consequence_text, owner_partner_id, domain,
                  likelihood, consequence, disposition, accepted_by, mitigation, activities, probability,
                  delay_min_days, delay_mode_days, delay_max_days, cost_min, cost_mode, cost_max, cost_currency,
                  cost_price_year, changed_at, changed_by, change_note, version)
                values (:project, :title, :condition, :consequence, :owner, :domain, :likelihood, :level,
                  :disposition, :acceptedBy, :mitigation, :activities, :probability, :delayMin, :delayMode, :delayMax,
                  :costMin, :costMode, :costMax, :costCurrency, :costPriceYear, :at, :by, :note, 0)""")
                .param("project", projectId).params(columns(r, at)).update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        snapshot(id, "created");
        return id;
    }

    int update(String projectId, long id, long version, RiskRequest r, Instant at) {
        int changed = jdbc.sql("""
                update risk set title = :title, condition_text = :condition, consequence_text = :consequence,
                  owner_partner_id = :owner, domain = :domain, likelihood = :likelihood, consequence = :level,
                  disposition = :disposition, accepted_by = :acceptedBy, mitigation = :mitigation,
                  activities = :activities, probability = :probability, delay_min_days = :delayMin,
                  delay_mode_days = :delayMode, delay_max_days = :delayMax, cost_min = :costMin,
                  cost_mode = :costMode, cost_max = :costMax, cost_currency = :costCurrency,
                  cost_price_year = :costPriceYear, changed_at = :at, changed_by = :by,
                  change_note = :note, version = version + 1
                where id = :id and project_id = :project and version = :version""")
                .param("id", id).param("project", projectId).param("version", version).params(columns(r, at))
                .update();
        if (changed > 0) {
            snapshot(id, "updated");
        }
        return changed;
    }

    /** Records the deletion in the history, then deletes; 0 when the version is stale. */
    int delete(String projectId, long id, long version, @Nullable String by, @Nullable String note, Instant at) {
        int changed = jdbc.sql("""
                update risk set changed_at = :at, changed_by = :by, change_note = :note, version = version + 1
                where id = :id and project_id = :project and version = :version""")
                .param("at", Timestamp.from(at)).param("by", by).param("note", note).param("id", id)
                .param("project", projectId).param("version", version).update();
        if (changed > 0) {
            snapshot(id, "deleted");
            jdbc.sql("delete from risk where id = :id").param("id", id).update();
        }
        return changed;
    }

    private void snapshot(long id, String kind) {
        jdbc.sql("""
                insert into risk_change (risk_id, project_id, change_kind, risk_version, title, condition_text,
                  consequence_text, owner_partner_id, domain, likelihood, consequence, disposition, accepted_by,
                  mitigation, activities, probability, delay_min_days, delay_mode_days, delay_max_days, cost_min,
                  cost_mode, cost_max, cost_currency, cost_price_year, changed_at, changed_by, change_note)
                select id, project_id, :kind, version, title, condition_text, consequence_text, owner_partner_id,
                  domain, likelihood, consequence, disposition, accepted_by, mitigation, activities, probability,
                  delay_min_days, delay_mode_days, delay_max_days, cost_min, cost_mode, cost_max, cost_currency,
                  cost_price_year, changed_at, changed_by, change_note
                from risk where id = :id""").param("kind", kind).param("id", id).update();
    }

    List<ChangeRow> history(String projectId, long riskId) {
        return jdbc.sql(SELECT_CHANGES + " where c.project_id = :project and c.risk_id = :risk order by c.id")
                .param("project", projectId).param("risk", riskId).query(RiskRepository::mapChange).list();
    }

    List<ChangeRow> history(String projectId) {
        return jdbc.sql(SELECT_CHANGES + " where c.project_id = :project order by c.id")
                .param("project", projectId).query(RiskRepository::mapChange).list();
    }

    List<MatrixRow> scales() {
        return jdbc.sql("select * from risk_scale order by id").query((rs, n) -> new MatrixRow(rs.getString("id"),
                rs.getString("name"), rs.getString("source_url"), rs.getString("likelihood_labels"),
                rs.getString("consequence_labels"), rs.getString("likelihood_codes"), rs.getString("zoning"), 0,
                false)).list();
    }

    Optional<MatrixRow> matrix(String projectId) {
        return jdbc.sql("""
                select m.*, s.name, s.source_url from risk_matrix m join risk_scale s on s.id = m.scale_id
                where m.project_id = :project""").param("project", projectId)
                .query((rs, n) -> new MatrixRow(rs.getString("scale_id"), rs.getString("name"),
                        rs.getString("source_url"), rs.getString("likelihood_labels"),
                        rs.getString("consequence_labels"), rs.getString("likelihood_codes"), rs.getString("zoning"),
                        rs.getLong("version"), true)).optional();
    }

    void insertMatrix(String projectId, MatrixRow m) {
        jdbc.sql("""
                insert into risk_matrix (project_id, scale_id, likelihood_labels, consequence_labels,
                  likelihood_codes, zoning, version)
                values (:project, :scale, :likelihood, :consequence, :codes, :zoning, 1)""")
                .param("project", projectId).params(matrixColumns(m)).update();
    }

    int updateMatrix(String projectId, long version, MatrixRow m) {
        return jdbc.sql("""
                update risk_matrix set scale_id = :scale, likelihood_labels = :likelihood,
                  consequence_labels = :consequence, likelihood_codes = :codes, zoning = :zoning,
                  version = version + 1
                where project_id = :project and version = :version""")
                .param("project", projectId).param("version", version).params(matrixColumns(m)).update();
    }

    private static Map<String, Object> matrixColumns(MatrixRow m) {
        return Map.of("scale", m.scaleId(), "likelihood", m.likelihoodLabels(), "consequence", m.consequenceLabels(),
                "codes", m.likelihoodCodes(), "zoning", m.zoning());
    }

    private static Map<String, Object> columns(RiskRequest r, Instant at) {
        Map<String, Object> c = new HashMap<>();
        c.put("title", r.title().trim());
        c.put("condition", r.condition().trim());
        c.put("consequence", r.consequence().trim());
        c.put("owner", r.ownerPartnerId().trim());
        c.put("domain", r.domain().trim());
        c.put("likelihood", r.likelihood());
        c.put("level", r.consequenceLevel());
        c.put("disposition", r.disposition().trim());
        c.put("acceptedBy", blankToNull(r.acceptedBy()));
        c.put("mitigation", blankToNull(r.mitigation()));
        c.put("activities", r.activities() == null || r.activities().isEmpty() ? null
                : String.join(",", r.activities().stream().map(String::trim).toList()));
        c.put("probability", r.probability());
        c.put("delayMin", r.delayDays() == null ? null : r.delayDays().low());
        c.put("delayMode", r.delayDays() == null ? null : r.delayDays().mode());
        c.put("delayMax", r.delayDays() == null ? null : r.delayDays().high());
        c.put("costMin", r.cost() == null ? null : r.cost().low());
        c.put("costMode", r.cost() == null ? null : r.cost().mode());
        c.put("costMax", r.cost() == null ? null : r.cost().high());
        c.put("costCurrency", r.cost() == null ? null : r.cost().currency());
        c.put("costPriceYear", r.cost() == null ? null : r.cost().priceYear());
        c.put("at", Timestamp.from(at));
        c.put("by", blankToNull(r.changedBy()));
        c.put("note", blankToNull(r.changeNote()));
        return c;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("project_id"), rs.getString("title"),
                rs.getString("condition_text"), rs.getString("consequence_text"), rs.getString("owner_partner_id"),
                rs.getString("owner_name"), rs.getString("domain"), rs.getInt("likelihood"), rs.getInt("consequence"),
                rs.getString("disposition"), rs.getString("accepted_by"), rs.getString("mitigation"),
                activities(rs.getString("activities")),
                plain(rs.getBigDecimal("probability")),
                impact(rs.getBigDecimal("delay_min_days"), rs.getBigDecimal("delay_mode_days"),
                        rs.getBigDecimal("delay_max_days")),
                cost(rs),
                rs.getTimestamp("changed_at").toInstant(), rs.getString("changed_by"), rs.getString("change_note"),
                rs.getLong("version"));
    }

    private static ChangeRow mapChange(ResultSet rs, int n) throws SQLException {
        return new ChangeRow(rs.getLong("id"), rs.getLong("risk_id"), rs.getString("change_kind"),
                rs.getLong("risk_version"), rs.getString("title"), rs.getString("condition_text"),
                rs.getString("consequence_text"), rs.getString("owner_partner_id"), rs.getString("domain"),
                rs.getInt("likelihood"), rs.getInt("consequence"), rs.getString("disposition"),
                rs.getString("accepted_by"), rs.getString("mitigation"), activities(rs.getString("activities")),
                plain(rs.getBigDecimal("probability")),
                impact(rs.getBigDecimal("delay_min_days"), rs.getBigDecimal("delay_mode_days"),
                        rs.getBigDecimal("delay_max_days")),
                cost(rs),
                rs.getTimestamp("changed_at").toInstant(), rs.getString("changed_by"), rs.getString("change_note"));
    }

    private static List<String> activities(@Nullable String joined) {
        return joined == null ? List.of() : Arrays.asList(joined.split(","));
    }

    private static RiskRequest.@Nullable CostImpact cost(ResultSet rs) throws SQLException {
        BigDecimal mode = rs.getBigDecimal("cost_mode");
        return mode == null ? null : new RiskRequest.CostImpact(plain(rs.getBigDecimal("cost_min")), plain(mode),
                plain(rs.getBigDecimal("cost_max")), rs.getString("cost_currency_shown"),
                rs.getInt("cost_price_year_shown"));
    }

    private static RiskRequest.@Nullable Impact impact(@Nullable BigDecimal min, @Nullable BigDecimal mode,
                                                      @Nullable BigDecimal max) {
        return mode == null ? null : new RiskRequest.Impact(plain(min), plain(mode), plain(max));
    }

    private static @Nullable BigDecimal plain(@Nullable BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().scale() < 0
                ? value.setScale(0, java.math.RoundingMode.UNNECESSARY) : value.stripTrailingZeros();
    }
}
