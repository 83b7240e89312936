package space.consortium.costshare;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import space.consortium.shared.Money;

@Repository
class LedgerCreditRepository {

    private static final String SELECT = """
            select c.*, p.name as partner_name from ledger_credit c join partner p on p.id = c.partner_id""";

    private final JdbcClient jdbc;

    LedgerCreditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<LedgerCredit> ofProject(String projectId) {
        return jdbc.sql(SELECT + " where c.project_id = :project order by c.partner_id, c.id")
                .param("project", projectId).query(LedgerCreditRepository::map).list();
    }

    Optional<LedgerCredit> find(long id) {
        return jdbc.sql(SELECT + " where c.id = :id").param("id", id).query(LedgerCreditRepository::map).optional();
    }

    Optional<Long> forContribution(long contributionId) {
        return jdbc.sql("select id from ledger_credit where contribution_id = :id").param("id", contributionId)
                .query(Long.class).optional();
    }

    long insert(String projectId, LedgerCreditRequest r) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into ledger_credit (project_id, contribution_id, partner_id, description, amount,
                                                   currency, price_year, source_url)
                        values (:project, :contribution, :partner, :description, :amount, :currency, :year, :source)""")
                .param("project", projectId).param("contribution", r.contributionId()).param("partner", r.partnerId())
                .param("description", r.description()).param("amount", r.amount()).param("currency", r.currency())
                .param("year", r.priceYear()).param("source", r.sourceUrl())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    int update(long id, long version, LedgerCreditRequest r) {
        return jdbc.sql("""
                        update ledger_credit set contribution_id = :contribution, partner_id = :partner,
                               description = :description, amount = :amount, currency = :currency,
                               price_year = :year, source_url = :source, version = version + 1
                        where id = :id and version = :version""")
                .param("contribution", r.contributionId()).param("partner", r.partnerId())
                .param("description", r.description()).param("amount", r.amount()).param("currency", r.currency())
                .param("year", r.priceYear()).param("source", r.sourceUrl())
                .param("id", id).param("version", version).update();
    }

    void delete(long id) {
        jdbc.sql("delete from ledger_credit where id = :id").param("id", id).update();
    }

    private static LedgerCredit map(ResultSet rs, int row) throws SQLException {
        long contribution = rs.getLong("contribution_id");
        Long contributionId = rs.wasNull() ? null : contribution;
        return new LedgerCredit(rs.getLong("id"), rs.getString("project_id"), contributionId, rs.getString("partner_id"),
                rs.getString("partner_name"), rs.getString("description"),
                new Money(Money.plain(rs.getBigDecimal("amount")), rs.getString("currency"), rs.getInt("price_year")),
                rs.getString("source_url"), rs.getLong("version"));
    }
}
