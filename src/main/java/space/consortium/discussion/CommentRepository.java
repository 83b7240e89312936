package space.consortium.discussion;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class CommentRepository {

    private final JdbcClient jdbc;

    CommentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The project's comments, flat, newest first. */
    List<Comment> ofProject(String projectId) {
        return jdbc.sql("select * from discussion_comment where project_id = :p order by created_at desc, id desc")
                .param("p", projectId).query(CommentRepository::map).list();
    }

    Optional<Comment> find(long id) {
        return jdbc.sql("select * from discussion_comment where id = :id").param("id", id)
                .query(CommentRepository::map).optional();
    }

    long insert(String projectId, @Nullable Long parentId, String author, @Nullable String partner, String body,
                Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into discussion_comment (project_id, parent_id, author, author_partner, body, created_at)
                values (:p, :parent, :a, :partner, :b, :now)""")
                .param("p", projectId).param("parent", parentId).param("a", author).param("partner", partner)
                .param("b", body).param("now", Timestamp.from(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    int updateBody(long id, long version, String body, Instant now) {
        return jdbc.sql("""
                update discussion_comment set body = :b, edited_at = :now, version = version + 1
                where id = :id and version = :v""")
                .param("b", body).param("now", Timestamp.from(now)).param("id", id).param("v", version).update();
    }

    void remove(long id, String by) {
        jdbc.sql("update discussion_comment set hidden_by = :by, version = version + 1 where id = :id")
                .param("by", by).param("id", id).update();
    }

    private static Comment map(ResultSet rs, int row) throws SQLException {
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        Timestamp edited = rs.getTimestamp("edited_at");
        String body = rs.getString("body");
        String removedBy = rs.getString("hidden_by");
        return new Comment(rs.getLong("id"), rs.getString("project_id"), parentId, rs.getString("author"),
                rs.getString("author_partner"), body, removedBy == null ? MarkdownRenderer.render(body) : "",
                rs.getTimestamp("created_at").toInstant(), edited == null ? null : edited.toInstant(), removedBy,
                rs.getLong("version"), List.of());
    }
}
