package space.consortium.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class TokenRepository {

    private static final String SELECT = "select t.*, u.username from api_token t join app_user u on u.id = t.user_id";

    private final JdbcClient jdbc;

    TokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long userId, String name, String hash, String prefix, String scope, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into api_token (user_id, name, token_hash, prefix, scope, created_at)
                values (:u, :n, :h, :p, :s, :now)""")
                .param("u", userId).param("n", name).param("h", hash).param("p", prefix).param("s", scope)
                .param("now", Timestamp.from(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<ApiToken> find(long id) {
        return jdbc.sql(SELECT + " where t.id = :id").param("id", id).query(TokenRepository::map).optional();
    }

    /** The token with this hash whose user is active (revoked ones included: the caller checks). */
    Optional<ApiToken> findActiveUserToken(String hash) {
        return jdbc.sql(SELECT + " where t.token_hash = :h and u.active = true").param("h", hash)
                .query(TokenRepository::map).optional();
    }

    List<ApiToken> ofUser(String username) {
        return jdbc.sql(SELECT + " where u.username = :u order by t.id desc").param("u", username)
                .query(TokenRepository::map).list();
    }

    void touch(long id, Instant now) {
        jdbc.sql("update api_token set last_used_at = :now where id = :id")
                .param("now", Timestamp.from(now)).param("id", id).update();
    }

    void revoke(long id, Instant now) {
        jdbc.sql("update api_token set revoked_at = :now where id = :id and revoked_at is null")
                .param("now", Timestamp.from(now)).param("id", id).update();
    }

    private static ApiToken map(ResultSet rs, int row) throws SQLException {
        Timestamp used = rs.getTimestamp("last_used_at");
        Timestamp revoked = rs.getTimestamp("revoked_at");
        return new ApiToken(rs.getLong("id"), rs.getString("username"), rs.getString("name"), rs.getString("prefix"),
                rs.getString("scope"), rs.getTimestamp("created_at").toInstant(),
                used == null ? null : used.toInstant(), revoked == null ? null : revoked.toInstant());
    }
}
