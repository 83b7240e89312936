package space.consortium.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Plain SQL over {@code partner}, {@code project}, {@code agreement}, {@code agreement_party} and {@code claim}, the
 * same text on H2 and PostgreSQL: {@code lower(column) like :pattern escape '\'} (a substring, so a scan of the
 * table; see docs/benchmarks.md for 50,000 rows) and exact matches on ids and country codes.
 */
@Repository
class SearchRepository {

    private final JdbcClient jdbc;

    SearchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SearchResults.Hit> partners(String pattern, String exact, Set<String> codes, int limit) {
        return jdbc.sql("""
                        select id, name, kind, country_or_members from partner
                        where lower(name) like :pattern escape '\\' or lower(id) = :exact
                           or upper(country_or_members) in (:codes)
                        order by case when lower(id) = :exact then 0 else 1 end, name, id
                        limit :limit""")
                .param("pattern", pattern).param("exact", exact).param("codes", nonEmpty(codes))
                .param("limit", limit)
                .query((rs, i) -> new SearchResults.Hit("partner", rs.getString("id"), rs.getString("name"),
                        join(rs.getString("kind"), rs.getString("country_or_members")),
                        "/partners/" + rs.getString("id")))
                .list();
    }

    List<SearchResults.Hit> projects(String pattern, String exact, Set<String> codes, int limit) {
        return jdbc.sql("""
                        select p.id, p.name, p.destination, p.launch_year, l.name as lead_name from project p
                        join partner l on l.id = p.lead_partner_id
                        where lower(p.name) like :pattern escape '\\' or lower(p.id) = :exact
                           or upper(l.country_or_members) in (:codes)
                        order by case when lower(p.id) = :exact then 0 else 1 end, p.name, p.id
                        limit :limit""")
                .param("pattern", pattern).param("exact", exact).param("codes", nonEmpty(codes))
                .param("limit", limit)
                .query((rs, i) -> new SearchResults.Hit("project", rs.getString("id"), rs.getString("name"),
                        join(rs.getString("destination"), rs.getObject("launch_year") == null ? null
                                : String.valueOf(rs.getInt("launch_year")), "led by " + rs.getString("lead_name")),
                        "/projects/" + rs.getString("id")))
                .list();
    }

    List<SearchResults.Hit> agreements(String pattern, String exact, Set<String> codes, int limit) {
        return jdbc.sql("""
                        select a.id, a.title, a.kind, a.signed_on from agreement a
                        where lower(a.title) like :pattern escape '\\' or lower(a.id) = :exact
                           or exists (select 1 from agreement_party ap left join partner pp on pp.id = ap.partner_id
                                      where ap.agreement_id = a.id
                                        and (upper(ap.country_code) in (:codes) or lower(ap.country_name) = :exact
                                             or lower(ap.partner_id) = :exact or upper(pp.country_or_members) in (:codes)))
                        order by case when lower(a.id) = :exact then 0 else 1 end, a.signed_on, a.id
                        limit :limit""")
                .param("pattern", pattern).param("exact", exact).param("codes", nonEmpty(codes))
                .param("limit", limit)
                .query((rs, i) -> new SearchResults.Hit("agreement", rs.getString("id"), rs.getString("title"),
                        join(rs.getString("kind"), rs.getString("signed_on")), "/agreements/" + rs.getString("id")))
                .list();
    }

    List<SearchResults.Hit> claims(String pattern, Set<String> codes, int limit) {
        List<String> quoted = new ArrayList<>();
        for (String code : nonEmpty(codes)) {
            quoted.add("%\"" + code + "\"%");
        }
        String codeMatch = quoted.isEmpty() ? "" : " or subject like :code0"
                + (quoted.size() > 1 ? " or subject like :code1" : "");
        JdbcClient.StatementSpec sql = jdbc.sql("""
                        select id, statement, kind from claim
                        where lower(statement) like :pattern escape '\\'""" + codeMatch + """

                        order by id
                        limit :limit""")
                .param("pattern", pattern).param("limit", limit);
        for (int i = 0; i < Math.min(2, quoted.size()); i++) {
            sql = sql.param("code" + i, quoted.get(i));
        }
        return sql.query((rs, i) -> new SearchResults.Hit("claim", String.valueOf(rs.getLong("id")),
                        rs.getString("statement"), rs.getString("kind") + " claim",
                        "/insights/claims#claim-" + rs.getLong("id")))
                .list();
    }

    /** An {@code in} list may not be empty: a code no country has. */
    private static List<String> nonEmpty(Set<String> codes) {
        return codes.isEmpty() ? List.of("--") : List.copyOf(codes);
    }

    private static String join(String... parts) {
        List<String> present = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                present.add(p);
            }
        }
        return String.join(" · ", present);
    }
}
