package space.consortium.teaming;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ProposalRepository {

    private final JdbcClient jdbc;

    ProposalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String projectId, String partnerId, List<String> provides, List<String> backsUp, double cost,
                String objective, Instant at) {
        jdbc.sql("""
                insert into teaming_proposal (project_id, partner_id, provides, backs_up, cost_usd_millions, objective, created_at, version)
                values (:project, :partner, :provides, :backsUp, :cost, :objective, :at, 0)""")
                .param("project", projectId).param("partner", partnerId).param("provides", String.join(";", provides))
                .param("backsUp", String.join(";", backsUp)).param("cost", BigDecimal.valueOf(cost))
                .param("objective", objective).param("at", Timestamp.from(at)).update();
    }

    List<Proposal> list(@Nullable String projectId) {
        return (projectId == null
                ? jdbc.sql("select * from teaming_proposal order by created_at desc, id")
                : jdbc.sql("select * from teaming_proposal where project_id = :p order by created_at desc, id")
                .param("p", projectId))
                .query(ProposalRepository::map).list();
    }

    Optional<Proposal> find(long id) {
        return jdbc.sql("select * from teaming_proposal where id = :id").param("id", id).query(ProposalRepository::map)
                .optional();
    }

    int delete(long id) {
        return jdbc.sql("delete from teaming_proposal where id = :id").param("id", id).update();
    }

    private static List<String> split(@Nullable String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.asList(s.split(";"));
    }

    private static Proposal map(ResultSet rs, int row) throws SQLException {
        return new Proposal(rs.getLong("id"), rs.getString("project_id"), rs.getString("partner_id"),
                split(rs.getString("provides")), split(rs.getString("backs_up")),
                rs.getBigDecimal("cost_usd_millions").doubleValue(), rs.getString("objective"),
                rs.getTimestamp("created_at").toInstant());
    }
}
