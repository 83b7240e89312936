package space.consortium.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import space.consortium.accounts.Access;
import space.consortium.accounts.AccountService;
import space.consortium.accounts.TokenService;
import space.consortium.accounts.UserRequest;
import space.consortium.support.ApiContract;
import space.consortium.support.Users;

/**
 * What an operator of several nodes relies on: sessions in the database (made at sign-in only, with the servlet
 * timeout, expired ones cleaned up, concurrent writes of one session tolerated), the request id and request log,
 * and the Prometheus metrics with who may read them. Run on H2 and on PostgreSQL.
 */
abstract class OperationsContract extends ApiContract {

    private static final String PASSWORD = "metrics and sessions";

    @Autowired JdbcClient jdbc;
    @Autowired JdbcIndexedSessionRepository sessions;
    @Autowired AccountService accounts;
    @Autowired TokenService tokens;

    /** The repository seen through Spring Session's interface (its session class is not public). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private SessionRepository<Session> store() {
        return (SessionRepository) sessions;
    }

    @Test
    void signingInStoresTheSessionInTheDatabaseWithTheServletTimeout() {
        accounts.create(new UserRequest("stored-session", "Stored", PASSWORD, false, List.of("esa"), List.of()));
        MvcTestResult login = mvc.post().uri("/login").with(csrf()).param("username", "stored-session")
                .param("password", PASSWORD).exchange();
        assertThat(login).hasRedirectedUrl("/");
        Cookie cookie = login.getResponse().getCookie("SESSION");
        assertThat(cookie).isNotNull();
        Map<String, Object> row = jdbc.sql("select max_inactive_interval, expiry_time - last_access_time as lifetime "
                + "from spring_session where principal_name = 'stored-session'").query().singleRow();
        // Spring Boot's default server.servlet.session.timeout: 30 minutes
        assertThat(((Number) row.get("max_inactive_interval")).intValue()).isEqualTo(1800);
        assertThat(((Number) row.get("lifetime")).longValue()).isEqualTo(1_800_000L);

        assertThat(mvc.get().uri("/account").cookie(cookie).exchange()).as("the stored session signs the user in")
                .hasStatusOk();
    }

    @Test
    void expiredSessionsAreCleanedUpAndLiveOnesKept() {
        Session expired = store().createSession();
        expired.setAttribute("note", "old");
        expired.setMaxInactiveInterval(Duration.ofMinutes(1));
        expired.setLastAccessedTime(Instant.now().minus(Duration.ofMinutes(5)));
        store().save(expired);
        Session live = store().createSession();
        live.setAttribute("note", "fresh");
        store().save(live);

        sessions.cleanUpExpiredSessions();

        assertThat(jdbc.sql("select count(*) from spring_session where session_id = ?").param(expired.getId())
                .query(Long.class).single()).isZero();
        assertThat(store().findById(live.getId())).isNotNull();
        assertThat(store().findById(live.getId()).<String>getAttribute("note")).isEqualTo("fresh");
        store().deleteById(live.getId());
    }

    @Test
    void twoRequestsOfOneSessionAddingTheSameAttributeDoNotFail() {
        Session session = store().createSession();
        store().save(session);
        // two nodes (or two tabs) load the session, then both add the same attribute
        Session first = store().findById(session.getId());
        Session second = store().findById(session.getId());
        first.setAttribute("flash", "one");
        second.setAttribute("flash", "two");
        store().save(first);
        store().save(second);
        assertThat(store().findById(session.getId()).<String>getAttribute("flash")).isEqualTo("two");
        store().deleteById(session.getId());
    }

    @Test
    void aSaneRequestIdIsKeptAnInsaneOneReplacedAndProblemsQuoteIt() {
        MvcTestResult kept = mvc.get().uri("/api/partners/no-such-partner").header("X-Request-Id", "lb-1234.5:a_b")
                .accept(MediaType.APPLICATION_JSON).exchange();
        assertThat(kept).hasStatus(404);
        assertThat(kept.getResponse().getHeader("X-Request-Id")).isEqualTo("lb-1234.5:a_b");
        assertThat(kept).bodyJson().extractingPath("$.requestId").isEqualTo("lb-1234.5:a_b");

        for (String insane : List.of("", "has space", "x".repeat(65), "<script>", "a\u00e9")) {
            String id = mvc.get().uri("/api/partners/esa").header("X-Request-Id", insane).exchange()
                    .getResponse().getHeader("X-Request-Id");
            assertThat(id).as("replaces '%s'", insane).isNotEqualTo(insane);
            assertThat(UUID.fromString(id)).isNotNull();
        }
        String generated = mvc.get().uri("/").exchange().getResponse().getHeader("X-Request-Id");
        assertThat(UUID.fromString(generated)).isNotNull();
    }

    @Test
    void everyRequestLeavesOneLogLineWithMethodPathStatusDurationAndUser() {
        Logger logger = (Logger) LoggerFactory.getLogger("consortium.requests");
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        Level level = logger.getLevel();
        logger.setLevel(Level.INFO);
        logger.addAppender(lines);
        try {
            mvc.get().uri("/api/partners/esa").header("X-Request-Id", "log-check-1").with(Users.admin()).exchange();
            mvc.get().uri("/api/partners/nope").header("X-Request-Id", "log-check-2").exchange();
        } finally {
            logger.detachAppender(lines);
            logger.setLevel(level);
        }
        assertThat(lines.list).hasSize(2);
        ILoggingEvent admin = lines.list.get(0);
        assertThat(admin.getFormattedMessage()).matches("GET /api/partners/esa 200 \\d+ ms test-admin");
        assertThat(admin.getMDCPropertyMap()).containsEntry("requestId", "log-check-1");
        assertThat(admin.getKeyValuePairs()).extracting(kv -> kv.key + "=" + kv.value)
                .contains("http.method=GET", "url.path=/api/partners/esa", "http.status=200", "user=test-admin");
        ILoggingEvent anonymous = lines.list.get(1);
        assertThat(anonymous.getFormattedMessage()).matches("GET /api/partners/nope 404 \\d+ ms -");
        assertThat(anonymous.getMDCPropertyMap()).containsEntry("requestId", "log-check-2");
    }

    @Test
    void prometheusMetricsAreForAdministratorsAndCoverRequestsPoolAndJvm() {
        mvc.get().uri("/api/partners/esa").exchange();
        assertThat(mvc.get().uri("/actuator/prometheus").exchange()).as("anonymous").hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/actuator/prometheus").with(Users.member("esa")).exchange()).as("a member")
                .hasStatus(403);
        MvcTestResult scrape = mvc.get().uri("/actuator/prometheus").with(Users.admin()).exchange();
        assertThat(scrape).hasStatusOk();
        assertThat(scrape.getResponse().getContentType()).startsWith("text/plain");
        assertThat(scrape).bodyText()
                .containsPattern("http_server_requests_seconds_bucket\\{[^}]*uri=\"/api/partners/\\{id\\}\"")
                .contains("hikaricp_connections_active", "hikaricp_connections_pending", "jvm_memory_used_bytes",
                        "application=\"consortium\"");
    }

    @Test
    void aScraperReadsTheMetricsWithAnAdministratorsReadToken() {
        accounts.create(new UserRequest("scraper-admin", "Scraper", PASSWORD, true, List.of(), List.of()));
        accounts.create(new UserRequest("scraper-member", "Member", PASSWORD, false, List.of("esa"), List.of()));
        String adminToken = tokenOf("scraper-admin", Access.ADMIN);
        String memberToken = tokenOf("scraper-member", Access.PARTNER + "esa");

        assertThat(mvc.get().uri("/actuator/prometheus").header("Authorization", "Bearer " + adminToken).exchange())
                .hasStatusOk().bodyText().contains("jvm_memory_used_bytes");
        assertThat(mvc.get().uri("/actuator/prometheus").header("Authorization", "Bearer " + memberToken).exchange())
                .hasStatus(403);
    }

    /** A read token created by the user (as on the Account page). */
    private String tokenOf(String username, String authority) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority(authority))));
        try {
            return tokens.create("prometheus", "read").secret();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void theJobQueueIsCountedFromTheDatabase() {
        jdbc.sql("""
                create table if not exists scheduled_tasks (
                    task_name text not null, task_instance text not null, task_data bytea,
                    execution_time timestamp with time zone not null, picked boolean not null, picked_by text,
                    last_success timestamp with time zone, last_failure timestamp with time zone,
                    consecutive_failures int, last_heartbeat timestamp with time zone, version bigint not null,
                    priority smallint, primary key (task_name, task_instance))""").update();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        insertTask("jcl", "due-1", now.minusMinutes(3), false);
        insertTask("jcl", "due-2", now.minusSeconds(1), false);
        insertTask("relay", "later", now.plusHours(1), false);
        insertTask("fleet", "running", now.minusMinutes(1), true);

        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        new JobQueueMetrics(jdbc).bindTo(registry);
        assertThat(registry.get("consortium.jobs.queued").gauge().value()).isEqualTo(2.0);
        assertThat(registry.get("consortium.jobs.running").gauge().value()).isEqualTo(1.0);
        jdbc.sql("delete from scheduled_tasks where task_instance in ('due-1', 'due-2', 'later', 'running')").update();
    }

    private void insertTask(String name, String instance, OffsetDateTime at, boolean picked) {
        jdbc.sql("insert into scheduled_tasks (task_name, task_instance, execution_time, picked, version) "
                + "values (?, ?, ?, ?, 1)").params(name, instance, at, picked).update();
    }
}
