package space.consortium.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import space.consortium.dataset.BackupService;
import space.consortium.partners.PartnerRequest;
import space.consortium.partners.PartnerService;
import space.consortium.support.ApiContract;
import space.consortium.support.Json;
import tools.jackson.databind.JsonNode;

/**
 * The search index follows every write through the API at once (create, rename, delete, a party added to an
 * agreement, a partner's country that its projects take), a dataset import and a restore rebuild it, and a
 * rolled-back write leaves it as it was. Answers are read through {@code GET /api/search}.
 */
abstract class SearchIndexContract extends ApiContract {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PartnerService partners;
    @Autowired
    BackupService backups;
    @Autowired
    space.consortium.dataset.DatasetService dataset;
    @Autowired
    PlatformTransactionManager transactions;

    @TempDir
    Path temp;

    private JsonNode search(String q) {
        MvcTestResult result = mvc.get().uri("/api/search").param("q", q).exchange();
        assertThat(result).hasStatusOk();
        return Json.body(result);
    }

    private java.util.List<String> ids(String q, String kind) {
        return Json.strings(search(q).path(kind), "id");
    }

    private static String partner(String id, String name, String country, Long version) {
        return """
                {"id": "%s", "name": "%s", "kind": "company", "countryOrMembers": "%s",
                 "sourceUrl": "https://example.org/%s", "version": %s}""".formatted(id, name, country, id, version);
    }

    @Test
    void aPartnerIsFoundOnceCreatedByItsNewNameOnceRenamedAndNotOnceDeleted() {
        assertThat(ids("Quokka", "partners")).isEmpty();
        assertThat(post("/api/partners", partner("quokka", "Quokka Orbital Works (QOW)", "NZ", null)))
                .hasStatus(HttpStatus.CREATED);
        assertThat(ids("quokka orbital", "partners")).containsExactly("quokka");
        assertThat(ids("QOW", "partners")).containsExactly("quokka");
        assertThat(ids("New Zealand", "partners")).contains("quokka");
        assertThat(ids("NZ", "partners")).contains("quokka");

        assertThat(put("/api/partners/quokka", partner("quokka", "Wombat Launch Services", "NZ", 0L))).hasStatusOk();
        assertThat(ids("wombat launch", "partners")).containsExactly("quokka");
        assertThat(ids("Quokka Orbital", "partners")).isEmpty();

        assertThat(delete("/api/partners/quokka")).hasStatus(HttpStatus.NO_CONTENT);
        assertThat(ids("wombat", "partners")).isEmpty();
        assertThat(jdbc.sql("select count(*) from search_term where record_id = 'quokka'").query(Long.class).single())
                .isZero();
    }

    @Test
    void aProjectFollowsItsNameAndItsLeadsCountry() {
        assertThat(post("/api/partners", partner("quokka", "Quokka Orbital Works", "NZ", null)))
                .hasStatus(HttpStatus.CREATED);
        assertThat(post("/api/projects", """
                {"id": "kea-lander", "name": "Kea Lunar Lander", "destination": "Moon", "status": "planned",
                 "launchYear": 2031, "leadPartnerId": "quokka", "sourceUrl": "https://example.org/kea"}"""))
                .hasStatus(HttpStatus.CREATED);
        assertThat(ids("kea lunar", "projects")).containsExactly("kea-lander");
        assertThat(ids("New Zealand", "projects")).contains("kea-lander");

        // the lead moves to Australia: its project is found by the new country, no longer by the old one
        assertThat(put("/api/partners/quokka", partner("quokka", "Quokka Orbital Works", "AU", 0L))).hasStatusOk();
        assertThat(ids("Australia", "projects")).contains("kea-lander");
        assertThat(ids("New Zealand", "projects")).doesNotContain("kea-lander");

        assertThat(delete("/api/projects/kea-lander")).hasStatus(HttpStatus.NO_CONTENT);
        assertThat(ids("kea lunar", "projects")).isEmpty();
    }

    @Test
    void aPartyAddedToAnAgreementMakesItFoundByThatCountry() {
        String body = """
                {"id": "kiwi-mou", "kind": "MOU", "title": "Kiwi Lunar Memorandum", "sourceUrl": "https://example.org/k",
                 "version": %s, "parties": [{"partnerId": "jaxa", "sourceUrl": "https://example.org/k"}%s]}""";
        assertThat(post("/api/agreements", body.formatted(null, ""))).hasStatus(HttpStatus.CREATED);
        assertThat(ids("kiwi memorandum", "agreements")).containsExactly("kiwi-mou");
        assertThat(ids("Japan", "agreements")).contains("kiwi-mou");
        assertThat(ids("New Zealand", "agreements")).doesNotContain("kiwi-mou");

        assertThat(put("/api/agreements/kiwi-mou", body.formatted(0, """
                , {"countryCode": "NZ", "countryName": "New Zealand", "sourceUrl": "https://example.org/k"}""")))
                .hasStatusOk();
        assertThat(ids("New Zealand", "agreements")).contains("kiwi-mou");
        assertThat(ids("NZ", "agreements")).contains("kiwi-mou");
    }

    @Test
    void aClaimIsFoundByItsWordsUntilItIsDeleted() {
        MvcTestResult created = post("/api/claims", """
                {"text": "Zanzibar launched a cubesat in 2023", "kind": "date", "sourceUrl": null,
                 "subject": {"project": "juice", "event": "launch", "year": 2023}}""");
        assertThat(created).hasStatus(HttpStatus.CREATED);
        String id = String.valueOf(Json.body(created).path("id").asLong());
        assertThat(ids("zanzibar cubesat", "claims")).containsExactly(id);
        assertThat(delete("/api/claims/" + id)).hasStatus(HttpStatus.NO_CONTENT);
        assertThat(ids("zanzibar", "claims")).isEmpty();
    }

    @Test
    void aDatasetImportRebuildsTheIndexInItsTransaction() throws Exception {
        Path dir = java.nio.file.Files.createDirectories(temp.resolve("import"));
        java.nio.file.Files.writeString(dir.resolve("agencies.csv"), """
                id,name,country_or_members,type,founded,annual_budget_usd,budget_year,source_url
                kiwi-agency,Kiwi Space Agency (KSA),NZ,national agency,2016,,,https://example.org/ksa
                """);
        dataset.importDirectory(dir);
        assertThat(ids("KSA", "partners")).containsExactly("kiwi-agency");
        assertThat(ids("New Zealand", "partners")).contains("kiwi-agency");
        assertThat(ids("JAXA", "partners")).startsWith("jaxa");
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void aRolledBackWriteLeavesTheIndexAsItWas() {
        long before = jdbc.sql("select count(*) from search_term").query(Long.class).single();
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(status -> {
            // no authentication: a call from inside the process, as the command line makes
            partners.create(new PartnerRequest("rollback-test", "Numbat Rocketry", "company", "AU", null, null,
                    "https://example.org/numbat", null));
            assertThat(ids("numbat", "partners")).containsExactly("rollback-test"); // seen inside the transaction
            status.setRollbackOnly();
        });
        assertThat(ids("numbat", "partners")).isEmpty();
        assertThat(jdbc.sql("select count(*) from search_term where record_id = 'rollback-test'").query(Long.class)
                .single()).isZero();
        assertThat(jdbc.sql("select count(*) from search_term").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void aRestoreRebuildsTheIndex() {
        Path backup = temp.resolve("backup");
        backups.backup(backup);
        try {
            assertThat(post("/api/partners", partner("quokka", "Quokka Orbital Works", "NZ", null)))
                    .hasStatus(HttpStatus.CREATED);
            assertThat(ids("quokka", "partners")).containsExactly("quokka");
        } finally {
            backups.restore(backup); // the database as it was before this test, committed
        }
        assertThat(ids("quokka", "partners")).isEmpty();
        assertThat(ids("JAXA", "partners")).startsWith("jaxa");
        assertThat(ids("Artemis Accords", "agreements")).contains("artemis-accords");
        long partnerRows = jdbc.sql("select count(*) from partner").query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from search_record where kind = 'partner'").query(Long.class)
                .single()).isEqualTo(partnerRows);
    }
}
