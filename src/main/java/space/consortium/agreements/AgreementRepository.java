package space.consortium.agreements;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import space.consortium.shared.PageRequest;
import space.consortium.shared.PageResult;
import space.consortium.shared.SqlList;

@Repository
class AgreementRepository {

    private static final Map<String, String> SORTABLE = new LinkedHashMap<>();

    static {
        SORTABLE.put("id", "a.id");
        SORTABLE.put("title", "lower(a.title)");
        SORTABLE.put("kind", "a.kind");
        SORTABLE.put("signedOn", "a.signed_on");
        SORTABLE.put("parties", "party_count");
    }

    private final JdbcClient jdbc;

    AgreementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PageResult<Agreement> list(AgreementQuery q, PageRequest page) {
        PageResult<Agreement> bare = new SqlList()
                .where("a.kind = :kind", "kind", q.kind())
                .where("a.project_id = :project", "project", q.project())
                .where("exists (select 1 from agreement_party x where x.agreement_id = a.id and x.partner_id = :partner)",
                        "partner", q.partner())
                .where("exists (select 1 from agreement_party x where x.agreement_id = a.id and x.country_code = :country)",
                        "country", q.country())
                .matching(q.text(), "a.id", "a.title", "a.description")
                .fetch(jdbc, "select a.*, (select count(*) from agreement_party x where x.agreement_id = a.id) as party_count",
                        "from agreement a", SORTABLE, page, AgreementRepository::map);
        return bare.map(this::withParties);
    }

    Optional<Agreement> find(String id) {
        return jdbc.sql("select * from agreement where id = :id").param("id", id)
                .query(AgreementRepository::map).optional().map(this::withParties);
    }

    List<Agreement> findAll() {
        return jdbc.sql("select * from agreement order by signed_on, id").query(AgreementRepository::map).list()
                .stream().map(this::withParties).toList();
    }

    List<Agreement> ofPartner(String partnerId) {
        return jdbc.sql("""
                        select * from agreement a
                        where exists (select 1 from agreement_party x where x.agreement_id = a.id and x.partner_id = :id)
                        order by a.signed_on, a.id""")
                .param("id", partnerId).query(AgreementRepository::map).list().stream().map(this::withParties).toList();
    }

    List<Agreement> ofProject(String projectId) {
        return jdbc.sql("select * from agreement a where a.project_id = :id order by a.signed_on, a.id")
                .param("id", projectId).query(AgreementRepository::map).list().stream().map(this::withParties).toList();
    }

    List<Agreement> ofCountry(String countryCode) {
        return jdbc.sql("""
                        select * from agreement a
                        where exists (select 1 from agreement_party x where x.agreement_id = a.id and x.country_code = :code)
                        order by a.signed_on, a.id""")
                .param("code", countryCode).query(AgreementRepository::map).list().stream().map(this::withParties).toList();
    }

    long count() {
        return jdbc.sql("select count(*) from agreement").query(Long.class).single();
    }

    boolean exists(String id) {
        return jdbc.sql("select count(*) from agreement where id = :id").param("id", id).query(Long.class).single() > 0;
    }

    boolean projectExists(String id) {
        return jdbc.sql("select count(*) from project where id = :id").param("id", id).query(Long.class).single() > 0;
    }

    /** Id → name of the rows of {@code table} (partner or project), by name: the choices of a form's select. */
    java.util.Map<String, String> names(String table) {
        if (!table.equals("partner") && !table.equals("project")) {
            throw new IllegalArgumentException("names of " + table);
        }
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        jdbc.sql("select id, name from " + table + " order by lower(name), id")
                .query(rs -> {
                    names.put(rs.getString("id"), rs.getString("name"));
                });
        return names;
    }

    boolean partnerExists(String id) {
        return jdbc.sql("select count(*) from partner where id = :id").param("id", id).query(Long.class).single() > 0;
    }

    void insert(String id, AgreementRequest r) {
        jdbc.sql("""
                insert into agreement (id, kind, title, signed_on, description, project_id, source_url, version)
                values (:id, :kind, :title, :signed, :description, :project, :source, 0)""")
                .param("id", id).params(columns(r)).update();
        insertParties(id, r.parties());
    }

    int update(String id, long version, AgreementRequest r) {
        int changed = jdbc.sql("""
                        update agreement set kind = :kind, title = :title, signed_on = :signed,
                          description = :description, project_id = :project, source_url = :source,
                          version = version + 1
                        where id = :id and version = :version""")
                .param("id", id).param("version", version).params(columns(r)).update();
        if (changed > 0) {
            jdbc.sql("delete from agreement_party where agreement_id = :id").param("id", id).update();
            insertParties(id, r.parties());
        }
        return changed;
    }

    /**
     * The ids of the claims whose subject names the agreement ({@code "agreement": "<id>"} in the claim's JSON subject,
     * kept by the insights module), in id order.
     */
    List<Long> claimsNaming(String id) {
        java.util.regex.Pattern names = java.util.regex.Pattern.compile(
                "\"agreement\"\\s*:\\s*\"" + java.util.regex.Pattern.quote(id) + "\"");
        List<Long> ids = new java.util.ArrayList<>();
        jdbc.sql("select id, subject from claim where subject like :text order by id")
                .param("text", "%\"" + id + "\"%")
                .query(rs -> {
                    if (names.matcher(rs.getString("subject")).find()) {
                        ids.add(rs.getLong("id"));
                    }
                });
        return ids;
    }

    int delete(String id) {
        return jdbc.sql("delete from agreement where id = :id").param("id", id).update();
    }

    private void insertParties(String agreementId, List<AgreementRequest.Party> parties) {
        for (AgreementRequest.Party p : parties) {
            boolean monthOnly = p.signed() != null && p.signed().length() == 7;
            LocalDate signed = p.signed() == null ? null : LocalDate.parse(monthOnly ? p.signed() + "-01" : p.signed());
            jdbc.sql("""
                    insert into agreement_party (agreement_id, partner_id, country_code, country_name, signed_on,
                      signed_precision, source_url, party_key)
                    values (:agreement, :partner, :code, :country, :signed, :precision, :source, :key)""")
                    .param("agreement", agreementId)
                    .param("partner", blankToNull(p.partnerId()))
                    .param("code", blankToNull(p.countryCode()))
                    .param("country", blankToNull(p.countryName()))
                    .param("signed", signed == null ? null : Date.valueOf(signed))
                    .param("precision", monthOnly ? "month" : "day")
                    .param("source", p.sourceUrl().trim())
                    .param("key", partyKey(p))
                    .update();
        }
    }

    private Agreement withParties(Agreement a) {
        List<Agreement.Party> parties = jdbc.sql("""
                        select ap.*, p.name as partner_name from agreement_party ap
                        left join partner p on p.id = ap.partner_id
                        where ap.agreement_id = :id order by ap.signed_on, ap.country_name, ap.partner_id""")
                .param("id", a.id())
                .query((rs, row) -> new Agreement.Party(rs.getString("partner_id"), rs.getString("partner_name"),
                        rs.getString("country_code"), rs.getString("country_name"),
                        signed(rs.getDate("signed_on"), rs.getString("signed_precision")), rs.getString("source_url")))
                .list();
        return new Agreement(a.id(), a.kind(), a.title(), a.signedOn(), a.description(), a.projectId(), a.sourceUrl(),
                a.version(), parties);
    }

    private static String signed(Date date, String precision) {
        if (date == null) {
            return null;
        }
        String iso = date.toLocalDate().toString();
        return "month".equals(precision) ? iso.substring(0, 7) : iso;
    }

    private static Map<String, Object> columns(AgreementRequest r) {
        Map<String, Object> c = new HashMap<>();
        c.put("kind", r.kind());
        c.put("title", r.title().trim());
        c.put("signed", r.signedOn() == null ? null : Date.valueOf(LocalDate.parse(r.signedOn())));
        c.put("description", blankToNull(r.description()));
        c.put("project", blankToNull(r.projectId()));
        c.put("source", r.sourceUrl().trim());
        return c;
    }

    /** The party's key for the unique constraint (V10): partner id and country name, each '' when absent. */
    static String partyKey(AgreementRequest.Party p) {
        String partner = blankToNull(p.partnerId());
        String country = blankToNull(p.countryName());
        return (partner == null ? "" : partner) + "|" + (country == null ? "" : country);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static Agreement map(ResultSet rs, int row) throws SQLException {
        Date signed = rs.getDate("signed_on");
        return new Agreement(rs.getString("id"), rs.getString("kind"), rs.getString("title"),
                signed == null ? null : signed.toLocalDate().toString(), rs.getString("description"),
                rs.getString("project_id"), rs.getString("source_url"), rs.getLong("version"), List.of());
    }
}
