package space.consortium.projects;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import space.consortium.shared.Money;
import space.consortium.shared.PageRequest;
import space.consortium.shared.PageResult;
import space.consortium.shared.SqlList;

@Repository
class ContributionRepository {

    private static final String SELECT = "select c.*, pr.name as project_name, pt.name as partner_name";
    private static final String FROM =
            "from contribution c join project pr on pr.id = c.project_id join partner pt on pt.id = c.partner_id";
    private static final Map<String, String> SORTABLE = new LinkedHashMap<>();

    static {
        SORTABLE.put("id", "c.id");
        SORTABLE.put("project", "c.project_id");
        SORTABLE.put("partner", "c.partner_id");
        SORTABLE.put("kind", "c.kind");
        SORTABLE.put("amount", "c.amount");
    }

    private final JdbcClient jdbc;

    ContributionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PageResult<Contribution> list(ContributionQuery q, PageRequest page) {
        return new SqlList()
                .where("c.project_id = :project", "project", q.project())
                .where("c.partner_id = :partner", "partner", q.partner())
                .where("c.kind = :kind", "kind", q.kind())
                .fetch(jdbc, SELECT, FROM, SORTABLE, page, ContributionRepository::map);
    }

    List<Contribution> ofProject(String projectId) {
        return jdbc.sql(SELECT + " " + FROM + " where c.project_id = :id order by c.partner_id, c.id")
                .param("id", projectId).query(ContributionRepository::map).list();
    }

    List<Contribution> ofPartner(String partnerId) {
        return jdbc.sql(SELECT + " " + FROM + " where c.partner_id = :id order by c.project_id, c.id")
                .param("id", partnerId).query(ContributionRepository::map).list();
    }

    List<Contribution> all() {
        return jdbc.sql(SELECT + " " + FROM + " order by c.project_id, c.id").query(ContributionRepository::map).list();
    }

    Optional<Contribution> find(long id) {
        return jdbc.sql(SELECT + " " + FROM + " where c.id = :id").param("id", id)
                .query(ContributionRepository::map).optional();
    }

    Optional<Long> findSame(ContributionRequest r) {
        return jdbc.sql("""
                        select id from contribution
                        where project_id = :project and partner_id = :partner and kind = :kind and element = :element""")
                .param("project", r.projectId()).param("partner", r.partnerId()).param("kind", r.kind())
                .param("element", r.element().trim()).query(Long.class).optional();
    }

    /** Counts by kind, most frequent first. */
    Map<String, Long> countByKind() {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select kind, count(*) n from contribution group by kind order by n desc, kind")
                .query(rs -> {
                    counts.put(rs.getString("kind"), rs.getLong("n"));
                });
        return counts;
    }

    long insert(ContributionRequest r) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into contribution (project_id, partner_id, kind, element, amount, currency, price_year, source_url, version)
                values (:project, :partner, :kind, :element, :amount, :currency, :priceYear, :source, 0)""")
                .params(columns(r)).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    int update(long id, long version, ContributionRequest r) {
        return jdbc.sql("""
                update contribution set project_id = :project, partner_id = :partner, kind = :kind, element = :element,
                  amount = :amount, currency = :currency, price_year = :priceYear, source_url = :source,
                  version = version + 1
                where id = :id and version = :version""")
                .param("id", id).param("version", version).params(columns(r)).update();
    }

    int delete(long id) {
        return jdbc.sql("delete from contribution where id = :id").param("id", id).update();
    }

    private static Map<String, Object> columns(ContributionRequest r) {
        Map<String, Object> c = new HashMap<>();
        c.put("project", r.projectId());
        c.put("partner", r.partnerId());
        c.put("kind", r.kind());
        c.put("element", r.element().trim());
        Money value = r.value() == null ? null : r.value().toMoney();
        c.put("amount", value == null ? null : value.amount());
        c.put("currency", value == null ? null : value.currency());
        c.put("priceYear", value == null ? null : value.priceYear());
        c.put("source", r.sourceUrl().trim());
        return c;
    }

    static Contribution map(ResultSet rs, int row) throws SQLException {
        BigDecimal amount = rs.getBigDecimal("amount");
        Money value = amount == null ? null
                : new Money(Money.plain(amount), rs.getString("currency"), rs.getObject("price_year", Integer.class));
        return new Contribution(rs.getLong("id"), rs.getString("project_id"), rs.getString("project_name"),
                rs.getString("partner_id"), rs.getString("partner_name"), rs.getString("kind"), rs.getString("element"),
                value, rs.getString("source_url"), rs.getLong("version"));
    }
}
