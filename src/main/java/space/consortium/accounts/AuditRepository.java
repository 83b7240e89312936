package space.consortium.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import space.consortium.shared.PageRequest;
import space.consortium.shared.PageResult;
import space.consortium.shared.SqlList;

/** Inserts and reads audit events. It has, on purpose, no update and no delete: the trail is append-only. */
@Repository
class AuditRepository {

    private static final java.util.Map<String, String> SORTABLE = new java.util.LinkedHashMap<>();

    static {
        SORTABLE.put("at", "a.id");
    }

    private final JdbcClient jdbc;

    AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(AuditEvent e) {
        jdbc.sql("""
                insert into audit_event (at, actor, channel, action, entity, entity_id, project_id, partner_id,
                                         before_json, after_json)
                values (:at, :actor, :channel, :action, :entity, :entityId, :project, :partner, :before, :after)""")
                .param("at", Timestamp.from(e.at())).param("actor", e.actor()).param("channel", e.channel())
                .param("action", e.action()).param("entity", e.entity()).param("entityId", e.entityId())
                .param("project", e.projectId()).param("partner", e.partnerId())
                .param("before", e.before()).param("after", e.after())
                .update();
    }

    PageResult<AuditEvent> list(AuditQuery q, PageRequest page) {
        return where(q).fetch(jdbc, "select a.*", "from audit_event a", SORTABLE, page, AuditRepository::map);
    }

    List<AuditEvent> all(AuditQuery q) {
        return jdbc.sql("select a.* from audit_event a" + whereSql(q) + " order by a.id desc")
                .params(params(q)).query(AuditRepository::map).list();
    }

    private static SqlList where(AuditQuery q) {
        return new SqlList()
                .where("a.project_id = :project", "project", q.project())
                .where("a.partner_id = :partner", "partner", q.partner())
                .where("a.entity = :entity", "entity", q.entity())
                .where("a.actor = :actor", "actor", q.actor());
    }

    private static String whereSql(AuditQuery q) {
        StringBuilder sql = new StringBuilder();
        params(q).keySet().forEach(k -> sql.append(sql.isEmpty() ? " where " : " and ").append("a.")
                .append(switch (k) { case "project" -> "project_id"; case "partner" -> "partner_id"; default -> k; })
                .append(" = :").append(k));
        return sql.toString();
    }

    private static java.util.Map<String, Object> params(AuditQuery q) {
        java.util.Map<String, Object> params = new java.util.LinkedHashMap<>();
        if (q.project() != null) params.put("project", q.project());
        if (q.partner() != null) params.put("partner", q.partner());
        if (q.entity() != null) params.put("entity", q.entity());
        if (q.actor() != null) params.put("actor", q.actor());
        return params;
    }

    private static AuditEvent map(ResultSet rs, int row) throws SQLException {
        Instant at = rs.getTimestamp("at").toInstant();
        return new AuditEvent(rs.getLong("id"), at, rs.getString("actor"), rs.getString("channel"),
                rs.getString("action"), rs.getString("entity"), rs.getString("entity_id"), rs.getString("project_id"),
                rs.getString("partner_id"), rs.getString("before_json"), rs.getString("after_json"));
    }
}
