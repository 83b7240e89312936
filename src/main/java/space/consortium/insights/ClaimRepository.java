package space.consortium.insights;

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
import space.consortium.shared.Money;

@Repository
class ClaimRepository {

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

    long insert(ClaimRequest r, String comparator, @Nullable String recordedBy, @Nullable String ownerPartnerId) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into claim (statement, metric, partner_id, comparator, stated, tolerance, source_url, version,
                                   recorded_by, owner_partner_id)
                values (:statement, :metric, :partner, :comparator, :stated, :tolerance, :source, 0, :by, :owner)""")
                .params(columns(r, comparator)).param("by", recordedBy).param("owner", ownerPartnerId)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    int update(long id, long version, ClaimRequest r, String comparator) {
        return jdbc.sql("""
                update claim set statement = :statement, metric = :metric, partner_id = :partner,
                  comparator = :comparator, stated = :stated, tolerance = :tolerance, source_url = :source,
                  version = version + 1
                where id = :id and version = :version""")
                .param("id", id).param("version", version).params(columns(r, comparator)).update();
    }

    int delete(long id) {
        return jdbc.sql("delete from claim where id = :id").param("id", id).update();
    }

    private static Map<String, Object> columns(ClaimRequest r, String comparator) {
        Map<String, Object> c = new HashMap<>();
        c.put("statement", r.statement().trim());
        c.put("metric", r.metric().trim());
        c.put("partner", r.partnerId() == null || r.partnerId().isBlank() ? null : r.partnerId().trim());
        c.put("comparator", comparator);
        c.put("stated", r.stated());
        c.put("tolerance", r.tolerance() == null ? java.math.BigDecimal.ZERO : r.tolerance());
        c.put("source", r.sourceUrl().trim());
        return c;
    }

    static StoredClaim map(ResultSet rs, int row) throws SQLException {
        return new StoredClaim(rs.getLong("id"), rs.getString("statement"), rs.getString("metric"),
                rs.getString("partner_id"), rs.getString("comparator"), Money.plain(rs.getBigDecimal("stated")),
                Money.plain(rs.getBigDecimal("tolerance")), rs.getString("source_url"), rs.getLong("version"),
                rs.getString("recorded_by"), rs.getString("owner_partner_id"));
    }
}
