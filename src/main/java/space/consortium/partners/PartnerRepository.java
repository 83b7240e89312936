package space.consortium.partners;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import space.consortium.shared.Money;
import space.consortium.shared.PageRequest;
import space.consortium.shared.PageResult;
import space.consortium.shared.SqlList;

@Repository
class PartnerRepository {

    private static final Map<String, String> SORTABLE = new LinkedHashMap<>();

    static {
        SORTABLE.put("id", "p.id");
        SORTABLE.put("name", "lower(p.name)");
        SORTABLE.put("kind", "p.kind");
        SORTABLE.put("country", "p.country_or_members");
        SORTABLE.put("founded", "p.founded");
        SORTABLE.put("budget", "p.budget_amount");
    }

    private final JdbcClient jdbc;

    PartnerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PageResult<Partner> list(PartnerQuery query, PageRequest page) {
        return new SqlList()
                .where("p.kind = :kind", "kind", query.kind())
                .where("p.country_or_members = :country", "country", query.country())
                .matching(query.text(), "p.id", "p.name")
                .fetch(jdbc, "select p.*", "from partner p", SORTABLE, page, PartnerRepository::map);
    }

    Optional<Partner> find(String id) {
        return jdbc.sql("select * from partner p where p.id = :id").param("id", id).query(PartnerRepository::map).optional();
    }

    List<Partner> findAll() {
        return jdbc.sql("select * from partner p order by p.id").query(PartnerRepository::map).list();
    }

    Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql("select id, name from partner order by id").query(rs -> {
            names.put(rs.getString("id"), rs.getString("name"));
        });
        return names;
    }

    boolean exists(String id) {
        return jdbc.sql("select count(*) from partner where id = :id").param("id", id).query(Long.class).single() > 0;
    }

    long count() {
        return jdbc.sql("select count(*) from partner").query(Long.class).single();
    }

    void insert(String id, PartnerRequest r) {
        jdbc.sql("""
                insert into partner (id, name, kind, country_or_members, founded, budget_amount, budget_currency,
                  budget_price_year, source_url, version)
                values (:id, :name, :kind, :country, :founded, :budget, :budgetCurrency, :budgetYear, :source, 0)""")
                .param("id", id).params(columns(r)).update();
    }

    /** Updates the row if its version matches; returns the number of rows changed (0 when stale or missing). */
    int update(String id, long version, PartnerRequest r) {
        return jdbc.sql("""
                update partner set name = :name, kind = :kind, country_or_members = :country, founded = :founded,
                  budget_amount = :budget, budget_currency = :budgetCurrency, budget_price_year = :budgetYear, source_url = :source, version = version + 1
                where id = :id and version = :version""")
                .param("id", id).param("version", version).params(columns(r)).update();
    }

    int delete(String id) {
        return jdbc.sql("delete from partner where id = :id").param("id", id).update();
    }

    /** How many rows of other tables refer to the partner, by table. */
    Map<String, Long> references(String id) {
        Map<String, Long> refs = new LinkedHashMap<>();
        for (String[] t : new String[][] {
                {"projects led", "select count(*) from project where lead_partner_id = :id"},
                {"participations", "select count(*) from participation where partner_id = :id"},
                {"contributions", "select count(*) from contribution where partner_id = :id"},
                {"share-table entries", "select count(*) from share_entry where partner_id = :id"},
                {"agreement parties", "select count(*) from agreement_party where partner_id = :id"},
                {"assets", "select count(*) from asset where owner_partner_id = :id"},
                {"ledger credits", "select count(*) from ledger_credit where partner_id = :id"},
                {"risks owned", "select count(*) from risk where owner_partner_id = :id"},
                {"capabilities", "select count(*) from partner_capability where partner_id = :id"}}) {
            long n = jdbc.sql(t[1]).param("id", id).query(Long.class).single();
            if (n > 0) {
                refs.put(t[0], n);
            }
        }
        return refs;
    }

    private static Map<String, Object> columns(PartnerRequest r) {
        Map<String, Object> c = new java.util.HashMap<>();
        c.put("name", r.name().trim());
        c.put("kind", r.kind());
        c.put("country", r.countryOrMembers());
        c.put("founded", r.founded());
        Money budget = r.budget() == null ? null : r.budget().toMoney();
        c.put("budget", budget == null ? null : budget.amount());
        c.put("budgetCurrency", budget == null ? null : budget.currency());
        c.put("budgetYear", budget == null ? null : budget.priceYear());
        c.put("source", r.sourceUrl().trim());
        return c;
    }

    static Partner map(ResultSet rs, int row) throws SQLException {
        return new Partner(rs.getString("id"), rs.getString("name"), rs.getString("kind"),
                rs.getString("country_or_members"), (Integer) rs.getObject("founded", Integer.class),
                budget(rs), rs.getString("source_url"), rs.getLong("version"));
    }

    private static @Nullable Money budget(ResultSet rs) throws SQLException {
        java.math.BigDecimal amount = rs.getBigDecimal("budget_amount");
        return amount == null ? null : new Money(Money.plain(amount), rs.getString("budget_currency"),
                (Integer) rs.getObject("budget_price_year", Integer.class));
    }
}
