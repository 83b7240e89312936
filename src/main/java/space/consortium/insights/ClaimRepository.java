package space.consortium.insights;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import space.consortium.shared.Money;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The {@code claim} table; the subject is kept as JSON text. */
@Repository
class ClaimRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    ClaimRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StoredClaim> all() {
        return jdbc.sql("select * from claim order by id").query(ClaimRepository::map).list();
    }

    Optional<StoredClaim> find(long id) {
        return jdbc.sql("select * from claim where id = :id").param("id", id).query(ClaimRepository::map).optional();
    }

    long count() {
        return jdbc.sql("select count(*) from claim").query(Long.class).single();
    }

    long insert(ClaimRequest r, String comparator, @Nullable String recordedBy, @Nullable String ownerPartnerId) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into claim (statement, kind, subject, comparator, stated, tolerance, source_url, source_name, note, version,
                                   recorded_by, owner_partner_id)
                values (:statement, :kind, :subject, :comparator, :stated, :tolerance, :source, :sourceName, :note, 0, :by, :owner)""")
                .params(columns(r, comparator)).param("by", recordedBy).param("owner", ownerPartnerId)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    int update(long id, long version, ClaimRequest r, String comparator) {
        return jdbc.sql("""
                update claim set statement = :statement, kind = :kind, subject = :subject, comparator = :comparator,
                  stated = :stated, tolerance = :tolerance, source_url = :source, source_name = :sourceName, note = :note,
                  version = version + 1
                where id = :id and version = :version""")
                .param("id", id).param("version", version).params(columns(r, comparator)).update();
    }

    int delete(long id) {
        return jdbc.sql("delete from claim where id = :id").param("id", id).update();
    }

    private static Map<String, Object> columns(ClaimRequest r, String comparator) {
        Map<String, Object> c = new HashMap<>();
        c.put("statement", r.text().trim());
        c.put("kind", r.kind().trim());
        c.put("subject", JSON.writeValueAsString(r.subject() == null ? Map.of() : r.subject()));
        c.put("comparator", comparator);
        c.put("stated", r.statedValue());
        c.put("tolerance", r.tolerance() == null ? BigDecimal.ZERO : r.tolerance());
        c.put("source", r.sourceUrl() == null || r.sourceUrl().isBlank() ? null : r.sourceUrl().trim());
        c.put("note", r.note() == null || r.note().isBlank() ? null : r.note().trim());
        c.put("sourceName", r.sourceName() == null || r.sourceName().isBlank() ? null : r.sourceName().trim());
        return c;
    }

    static StoredClaim map(ResultSet rs, int row) throws SQLException {
        BigDecimal stated = rs.getBigDecimal("stated");
        return new StoredClaim(rs.getLong("id"), rs.getString("statement"), rs.getString("kind"),
                subject(rs.getString("subject")), rs.getString("comparator"),
                stated == null ? null : Money.plain(stated), Money.plain(rs.getBigDecimal("tolerance")),
                rs.getString("source_url"), rs.getString("source_name"), rs.getString("note"), rs.getLong("version"), rs.getString("recorded_by"),
                rs.getString("owner_partner_id"));
    }

    static Map<String, Object> subject(String json) {
        Map<String, Object> m = JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
        return m == null ? Map.of() : m;
    }
}
