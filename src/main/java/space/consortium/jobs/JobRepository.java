package space.consortium.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The {@code computation_job} table. */
@Repository
class JobRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    JobRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String id, String kind, String request, long total, @Nullable String createdBy, Instant now) {
        jdbc.sql("""
                insert into computation_job (id, kind, request, status, done, total, attempts, created_by, created_at,
                                             updated_at)
                values (:id, :kind, :request, 'queued', 0, :total, 0, :createdBy, :now, :now)""")
                .param("id", id).param("kind", kind).param("request", request).param("total", total)
                .param("createdBy", createdBy).param("now", Timestamp.from(now)).update();
    }

    Optional<Job> find(String id) {
        return jdbc.sql("select * from computation_job where id = :id").param("id", id).query(JobRepository::job)
                .optional();
    }

    Optional<String> request(String id) {
        return jdbc.sql("select request from computation_job where id = :id").param("id", id).query(String.class)
                .optional();
    }

    void started(String id, String node, Instant now) {
        jdbc.sql("""
                update computation_job set status = 'running', done = 0, attempts = attempts + 1, node = :node,
                       result = null, error = null, updated_at = :now where id = :id""")
                .param("id", id).param("node", node).param("now", Timestamp.from(now)).update();
    }

    /** Records progress; never moves it back (threads of one run may report out of order). */
    void progress(String id, long done, Instant now) {
        jdbc.sql("update computation_job set done = :done, updated_at = :now where id = :id and done < :done")
                .param("id", id).param("done", done).param("now", Timestamp.from(now)).update();
    }

    void finished(String id, String result, long done, Instant now) {
        jdbc.sql("""
                update computation_job set status = 'done', done = :done, result = :result, updated_at = :now
                where id = :id""")
                .param("id", id).param("done", done).param("result", result).param("now", Timestamp.from(now))
                .update();
    }

    void failed(String id, String error, Instant now) {
        jdbc.sql("update computation_job set status = 'failed', error = :error, updated_at = :now where id = :id")
                .param("id", id).param("error", error).param("now", Timestamp.from(now)).update();
    }

    private static Job job(ResultSet rs, int row) throws SQLException {
        String result = rs.getString("result");
        return new Job(rs.getString("id"), rs.getString("kind"), rs.getString("status"), rs.getLong("done"),
                rs.getLong("total"), rs.getInt("attempts"), rs.getString("node"),
                result == null ? null : JSON.readTree(result), rs.getString("error"), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}
