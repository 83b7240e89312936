package space.consortium.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {

    /** A stored user with the password hash, for sign-in only. */
    record Credentials(long id, String username, String passwordHash, boolean active) {
    }

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    Optional<Credentials> credentials(String username) {
        return jdbc.sql("select id, username, password_hash, active from app_user where username = :u")
                .param("u", username)
                .query((rs, n) -> new Credentials(rs.getLong("id"), rs.getString("username"),
                        rs.getString("password_hash"), rs.getBoolean("active")))
                .optional();
    }

    Optional<UserAccount> find(String username) {
        return jdbc.sql("select * from app_user where username = :u").param("u", username).query(this::map).optional();
    }

    Optional<UserAccount> find(long id) {
        return jdbc.sql("select * from app_user where id = :id").param("id", id).query(this::map).optional();
    }

    List<UserAccount> all() {
        return jdbc.sql("select * from app_user order by username").query(this::map).list();
    }

    long insert(UserRequest r, String hash, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into app_user (username, display_name, password_hash, admin, active, created_at)
                values (:u, :d, :h, :a, true, :now)""")
                .param("u", r.username()).param("d", r.displayName()).param("h", hash).param("a", r.admin())
                .param("now", Timestamp.from(now))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        replaceRoles(id, r.partners(), r.coordinates());
        return id;
    }

    void update(long id, UserRequest r) {
        jdbc.sql("update app_user set display_name = :d, admin = :a, version = version + 1 where id = :id")
                .param("d", r.displayName()).param("a", r.admin()).param("id", id).update();
        replaceRoles(id, r.partners(), r.coordinates());
    }

    void setPassword(long id, String hash) {
        jdbc.sql("update app_user set password_hash = :h, version = version + 1 where id = :id")
                .param("h", hash).param("id", id).update();
    }

    void setActive(long id, boolean active) {
        jdbc.sql("update app_user set active = :a, version = version + 1 where id = :id")
                .param("a", active).param("id", id).update();
    }

    void addCoordinator(long id, String projectId) {
        jdbc.sql("insert into user_coordinator (user_id, project_id) values (:id, :p)")
                .param("id", id).param("p", projectId).update();
    }

    void removeCoordinator(long id, String projectId) {
        jdbc.sql("delete from user_coordinator where user_id = :id and project_id = :p")
                .param("id", id).param("p", projectId).update();
    }

    boolean partnerExists(String partnerId) {
        return jdbc.sql("select count(*) from partner where id = :id").param("id", partnerId)
                .query(Long.class).single() > 0;
    }

    /** Partner id → name, by name: what a user may be made a member of. */
    Map<String, String> partnerNames() {
        return names("select id, name from partner order by name, id");
    }

    /** Project id → name, by name: what a user may coordinate. */
    Map<String, String> projectNames() {
        return names("select id, name from project order by name, id");
    }

    private Map<String, String> names(String sql) {
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql(sql).query((rs, row) -> names.put(rs.getString("id"), rs.getString("name"))).list();
        return names;
    }

    boolean projectExists(String projectId) {
        return jdbc.sql("select count(*) from project where id = :id").param("id", projectId)
                .query(Long.class).single() > 0;
    }

    private void replaceRoles(long id, List<String> partners, List<String> coordinates) {
        jdbc.sql("delete from user_partner where user_id = :id").param("id", id).update();
        jdbc.sql("delete from user_coordinator where user_id = :id").param("id", id).update();
        for (String p : partners) {
            jdbc.sql("insert into user_partner (user_id, partner_id) values (:id, :p)").param("id", id).param("p", p)
                    .update();
        }
        for (String p : coordinates) {
            addCoordinator(id, p);
        }
    }

    private UserAccount map(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        List<String> partners = jdbc.sql("select partner_id from user_partner where user_id = :id order by partner_id")
                .param("id", id).query(String.class).list();
        List<String> projects = jdbc.sql(
                        "select project_id from user_coordinator where user_id = :id order by project_id")
                .param("id", id).query(String.class).list();
        return new UserAccount(id, rs.getString("username"), rs.getString("display_name"), rs.getBoolean("admin"),
                rs.getBoolean("active"), partners, projects, rs.getTimestamp("created_at").toInstant(),
                rs.getLong("version"));
    }
}
