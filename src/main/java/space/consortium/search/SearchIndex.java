package space.consortium.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import space.consortium.shared.RecordChanged;
import space.consortium.shared.RegistryReplaced;
import space.consortium.shared.ShippedData;

/**
 * Keeps {@code search_term} (V20) equal to what the registry says: the terms of each partner (id, name, country), project
 * (id, name, its lead's country), agreement (id, title, its parties: partner ids, country codes and names, the
 * partners' countries) and claim (statement, the countries its subject names); see {@link SearchTerms}.
 *
 * <ul>
 *   <li>{@link RecordChanged} (published by the audit trail inside the transaction of every create, update and
 *       delete) rewrites that record's terms in the same transaction, so the index commits or rolls back with the
 *       write, whichever process made it. A partner's change also rewrites the projects it leads and the agreements
 *       it is a party to (their country terms come from it); an agreement's parties are part of its update.</li>
 *   <li>{@link RegistryReplaced} (a dataset import) rebuilds the whole index in the import's transaction.</li>
 *   <li>On every start, after the shipped data is loaded and under the same lock ({@link ShippedData}), the index is
 *       rebuilt when its count of indexed records ({@code search_record}) differs from the tables' (a first start, a
 *       database older than V20, claims shipped without events). A restore leaves the index empty (it is not part
 *       of a backup and is emptied with the tables restored), and {@link #ensureBuilt} rebuilds an empty index before
 *       a search.</li>
 * </ul>
 */
@Component
class SearchIndex implements ShippedData {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    static final String PARTNER = "partner";
    static final String PROJECT = "project";
    static final String AGREEMENT = "agreement";
    static final String CLAIM = "claim";

    /** The kinds with the table each one's records are counted in. */
    private static final Map<String, String> TABLES = Map.of(PARTNER, "partner", PROJECT, "project",
            AGREEMENT, "agreement", CLAIM, "claim");

    private static final int BATCH = 1000;
    private static final int IN_LIST = 500;
    private static final Pattern QUOTED_CODE = Pattern.compile("\"([A-Z]{2})\"");

    /** What one record is listed by and found by. */
    private record Indexed(@Nullable String sortKey, Set<String> terms) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate separately;

    SearchIndex(JdbcClient jdbc, JdbcTemplate batch, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.separately = new TransactionTemplate(transactions);
        separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    // ---- keeping it current

    /** Rewrites the terms of the changed record (and of those that take their country from a changed partner). */
    @EventListener
    void changed(RecordChanged event) {
        switch (event.kind()) {
            case PARTNER -> {
                reindex(PARTNER, List.of(event.id()));
                reindex(PROJECT, jdbc.sql("select id from project where lead_partner_id = ?").param(event.id())
                        .query(String.class).list());
                reindex(AGREEMENT, jdbc.sql("select distinct agreement_id from agreement_party where partner_id = ?")
                        .param(event.id()).query(String.class).list());
            }
            case PROJECT, AGREEMENT, CLAIM -> reindex(event.kind(), List.of(event.id()));
            default -> { } // not searched
        }
    }

    @EventListener
    void replaced(RegistryReplaced event) {
        rebuild();
    }

    @Override
    public int order() {
        return 1000; // after every module's shipped data (claims ship at 40)
    }

    @Override
    public Optional<String> loadIfEmpty() {
        Map<String, Long> stale = new LinkedHashMap<>();
        TABLES.forEach((kind, table) -> {
            long rows = jdbc.sql("select count(*) from " + table).query(Long.class).single();
            long indexed = jdbc.sql("select count(*) from search_record where kind = ?").param(kind)
                    .query(Long.class).single();
            if (rows != indexed) {
                stale.put(kind, rows - indexed);
            }
        });
        if (stale.isEmpty()) {
            return Optional.empty();
        }
        long terms = rebuild();
        return Optional.of("search index rebuilt (records not indexed, by kind: " + stale + "): " + terms + " terms");
    }

    /**
     * Rebuilds the index, in a transaction of its own, when it is empty but the registry is not (after a restore, which
     * empties it); a cheap check otherwise. Two processes rebuilding at once: the second one's insert meets the
     * first one's primary keys and is rolled back.
     */
    void ensureBuilt() {
        if (Boolean.TRUE.equals(jdbc.sql("select exists (select 1 from search_record)").query(Boolean.class).single())) {
            return;
        }
        boolean registry = Boolean.TRUE.equals(jdbc.sql("select exists (select 1 from partner) or exists (select 1 from"
                + " agreement) or exists (select 1 from claim)").query(Boolean.class).single()); // a project has a partner
        if (!registry) {
            return;
        }
        try {
            Long terms = separately.execute(status -> rebuild());
            log.info("Rebuilt the empty search index: {} terms", terms);
        } catch (DataIntegrityViolationException e) {
            log.info("Another transaction rebuilt the search index at the same time");
        }
    }

    /** Replaces every term by the registry's; returns the number of terms written. */
    long rebuild() {
        jdbc.sql("delete from search_term").update();
        jdbc.sql("delete from search_record").update();
        long terms = 0;
        for (String kind : List.of(PARTNER, PROJECT, AGREEMENT, CLAIM)) {
            terms += insert(kind, terms(kind, null));
        }
        if (postgres()) {
            // fresh statistics at once (autovacuum would take its time): with none, PostgreSQL plans the index's
            // queries as scans of small tables, seconds at 50,000 rows per kind instead of milliseconds
            jdbc.sql("analyze search_term").update();
            jdbc.sql("analyze search_record").update();
        }
        return terms;
    }

    private boolean postgres() {
        String product = batch.execute((org.springframework.jdbc.core.ConnectionCallback<String>)
                c -> c.getMetaData().getDatabaseProductName());
        return product != null && product.toLowerCase(java.util.Locale.ROOT).contains("postgres");
    }

    /** Rewrites the terms of the given records of one kind (a record that no longer exists loses its terms). */
    private void reindex(String kind, List<String> ids) {
        for (int from = 0; from < ids.size(); from += IN_LIST) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IN_LIST));
            jdbc.sql("delete from search_term where kind = :kind and record_id in (:ids)").param("kind", kind)
                    .param("ids", chunk).update();
            jdbc.sql("delete from search_record where kind = :kind and record_id in (:ids)").param("kind", kind)
                    .param("ids", chunk).update();
            insert(kind, terms(kind, chunk));
        }
    }

    private long insert(String kind, Map<String, Indexed> records) {
        List<Object[]> recordRows = new ArrayList<>();
        List<Object[]> termRows = new ArrayList<>();
        long written = 0;
        for (Map.Entry<String, Indexed> e : records.entrySet()) {
            recordRows.add(new Object[] {kind, e.getKey(), e.getValue().sortKey()});
            for (String term : e.getValue().terms()) {
                termRows.add(new Object[] {kind, e.getKey(), term});
            }
            if (termRows.size() >= BATCH) {
                flush("search_record (kind, record_id, sort_key)", recordRows);
                written += flush("search_term (kind, record_id, term)", termRows);
            }
        }
        flush("search_record (kind, record_id, sort_key)", recordRows);
        return written + flush("search_term (kind, record_id, term)", termRows);
    }

    private int flush(String table, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        batch.batchUpdate("insert into " + table + " values (?, ?, ?)", rows);
        int n = rows.size();
        rows.clear();
        return n;
    }

    // ---- the terms of each kind, read from the live rows (ids null: every record)

    private Map<String, Indexed> terms(String kind, @Nullable Collection<String> ids) {
        return switch (kind) {
            case PARTNER -> partners(ids);
            case PROJECT -> projects(ids);
            case AGREEMENT -> agreements(ids);
            case CLAIM -> claims(ids);
            default -> throw new IllegalArgumentException("not a searched kind: " + kind);
        };
    }

    private Map<String, Indexed> partners(@Nullable Collection<String> ids) {
        Map<String, Indexed> terms = new LinkedHashMap<>();
        select("select id, name, country_or_members from partner", "id", ids).query(rs -> {
            Set<String> t = add(terms, rs.getString("id"), rs.getString("name"));
            t.addAll(SearchTerms.words(rs.getString("name")));
            SearchTerms.codesIn(rs.getString("country_or_members")).forEach(c -> t.addAll(SearchTerms.countryTerms(c)));
        });
        return terms;
    }

    private Map<String, Indexed> projects(@Nullable Collection<String> ids) {
        Map<String, Indexed> terms = new LinkedHashMap<>();
        select("select p.id, p.name, l.country_or_members from project p join partner l on l.id = p.lead_partner_id",
                "p.id", ids).query(rs -> {
            Set<String> t = add(terms, rs.getString("id"), rs.getString("name"));
            t.addAll(SearchTerms.words(rs.getString("name")));
            SearchTerms.codesIn(rs.getString("country_or_members")).forEach(c -> t.addAll(SearchTerms.countryTerms(c)));
        });
        return terms;
    }

    private Map<String, Indexed> agreements(@Nullable Collection<String> ids) {
        Map<String, Indexed> terms = new LinkedHashMap<>();
        select("select id, title, signed_on from agreement", "id", ids).query(rs -> {
            Set<String> t = add(terms, rs.getString("id"), rs.getString("signed_on")); // listed by date, as today
            t.addAll(SearchTerms.words(rs.getString("title")));
        });
        select("select ap.agreement_id, ap.partner_id, ap.country_code, ap.country_name, pp.country_or_members"
                + " from agreement_party ap left join partner pp on pp.id = ap.partner_id", "ap.agreement_id", ids)
                .query(rs -> {
                    Indexed agreement = terms.get(rs.getString("agreement_id"));
                    if (agreement == null) {
                        return;
                    }
                    Set<String> t = agreement.terms();
                    t.addAll(SearchTerms.words(rs.getString("partner_id")));
                    t.addAll(SearchTerms.words(rs.getString("country_name")));
                    String code = rs.getString("country_code");
                    if (code != null) {
                        t.addAll(SearchTerms.countryTerms(code));
                    }
                    SearchTerms.codesIn(rs.getString("country_or_members"))
                            .forEach(c -> t.addAll(SearchTerms.countryTerms(c)));
                });
        return terms;
    }

    private Map<String, Indexed> claims(@Nullable Collection<String> ids) {
        Map<String, Indexed> terms = new LinkedHashMap<>();
        List<Long> numeric = ids == null ? null : ids.stream().map(SearchIndex::claimId).filter(id -> id != null)
                .toList();
        if (numeric != null && numeric.isEmpty()) {
            return terms;
        }
        String sql = "select id, statement, subject from claim" + (numeric == null ? "" : " where id in (:ids)");
        JdbcClient.StatementSpec spec = jdbc.sql(sql);
        if (numeric != null) {
            spec = spec.param("ids", numeric);
        }
        spec.query(rs -> {
            Set<String> t = new LinkedHashSet<>(SearchTerms.words(rs.getString("statement")));
            Matcher m = QUOTED_CODE.matcher(rs.getString("subject"));
            while (m.find()) {
                t.addAll(SearchTerms.countryTerms(m.group(1)));
            }
            terms.put(String.valueOf(rs.getLong("id")), new Indexed("%019d".formatted(rs.getLong("id")), t));
        });
        return terms;
    }

    /** A record listed by {@code sortKey}, with the words of its id as its first terms; returns its terms to add to. */
    private static Set<String> add(Map<String, Indexed> records, String id, @Nullable String sortKey) {
        String key = sortKey == null || sortKey.length() <= 300 ? sortKey : sortKey.substring(0, 300);
        return records.computeIfAbsent(id, i -> new Indexed(key, new LinkedHashSet<>(SearchTerms.words(i)))).terms();
    }

    private JdbcClient.StatementSpec select(String sql, String idColumn, @Nullable Collection<String> ids) {
        return ids == null ? jdbc.sql(sql) : jdbc.sql(sql + " where " + idColumn + " in (:ids)").param("ids", ids);
    }

    private static @Nullable Long claimId(String id) {
        try {
            return Long.valueOf(id);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
