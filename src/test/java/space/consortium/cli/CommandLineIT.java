package space.consortium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import space.consortium.support.Cli.Run;
import space.consortium.support.PackagedJar;

/**
 * Runs the packaged jar as a user does ({@code java -jar target/consortium.jar ...}) in fresh data directories.
 * Run by Failsafe in {@code mvn verify}, after the jar is built.
 */
class CommandLineIT {

    private static final Path SHIPPED = Path.of("src", "main", "resources", "dataset");

    @TempDir Path temp;

    @Test
    void helpAndVersionAnswerWithoutStartingAnything() throws Exception {
        Run help = run("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("serve", "dataset");
        Run importHelp = run("dataset", "import", "--help");
        assertThat(importHelp.exit()).isZero();
        assertThat(importHelp.out()).contains("--dir", "--data", "all or nothing");
        Run version = run("--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out()).contains("Consortium");
        assertThat(run("no-such-command").exit()).isNotZero();
    }

    @Test
    void importWithOneBadRowExitsWithTwoNamesTheLineAndLeavesTheDatabaseAsItWas() throws Exception {
        String data = temp.resolve("db").toString();
        Run load = run("dataset", "import", "--dir", SHIPPED.toString(), "--data", data);
        assertThat(load.exit()).as(load.err()).isZero();
        assertThat(load.out()).contains("agencies.csv", "47 rows", "missions.csv", "57 rows");
        Map<String, String> before = export(data, "before");

        Path bad = Files.createDirectories(temp.resolve("bad"));
        Files.writeString(bad.resolve("missions.csv"), """
                id,name,lead_agency,partner_agencies,destination,launch_year,status,cost_usd_millions,notes,source_url
                cli-one,CLI One,esa,,Mars,2030,planned,,,https://example.org/a
                cli-two,CLI Two,esa,,Mars,20x0,planned,,,https://example.org/b
                cli-three,CLI Three,esa,,Mars,2032,planned,,,https://example.org/c
                """);
        Run rejected = run("dataset", "import", "--dir", bad.toString(), "--data", data);
        assertThat(rejected.exit()).isEqualTo(2);
        assertThat(rejected.err()).contains("missions.csv line 3", "launch_year", "not changed");

        assertThat(export(data, "after")).isEqualTo(before);
    }

    @Test
    void exportedDatasetImportsIntoAFreshDatabaseAndExportsIdentically() throws Exception {
        String first = temp.resolve("first").toString();
        assertThat(run("dataset", "import", "--dir", SHIPPED.toString(), "--data", first).exit()).isZero();
        Map<String, String> exported = export(first, "one");

        String second = temp.resolve("second").toString();
        Run reimport = run("dataset", "import", "--dir", temp.resolve("one").toString(), "--data", second);
        assertThat(reimport.exit()).as(reimport.err()).isZero();
        assertThat(export(second, "two")).isEqualTo(exported);
    }

    @Test
    void statsAnswerFromTheDatabaseAndRejectAnUnknownPartner() throws Exception {
        String data = temp.resolve("stats-db").toString();
        assertThat(run("dataset", "import", "--dir", SHIPPED.toString(), "--data", data).exit()).isZero();
        Run json = run("stats", "--format", "json", "--data", data);
        assertThat(json.exit()).as(json.err()).isZero();
        assertThat(json.out()).contains("\"partners\" : 47", "\"projects\" : 57", "\"artemisAccordsSignatories\" : 61",
                "\"internationalShare\"", "\"topPairs\"");
        Run unknown = run("stats", "--partner", "nobody", "--data", data);
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("nobody");
    }

    @Test
    void theFirstAdminIsCreatedFromTheEnvironmentAndNeverWithADefaultPassword() throws Exception {
        String data = temp.resolve("users-db").toString();
        Path here = Path.of(".");
        Run noPassword = runWith(here, Map.of(), "users", "add", "--admin", "boss", "--data", data);
        assertThat(noPassword.exit()).isEqualTo(2);
        assertThat(noPassword.err()).contains("CONSORTIUM_ADMIN_PASSWORD");
        Run tooShort = runWith(here, Map.of("CONSORTIUM_ADMIN_PASSWORD", "short"), "users", "add", "--admin", "boss",
                "--data", data);
        assertThat(tooShort.exit()).isEqualTo(2);
        assertThat(tooShort.err()).contains("password", "10");
        Run added = runWith(here, Map.of("CONSORTIUM_ADMIN_PASSWORD", "correct horse battery"), "users", "add",
                "--admin", "boss", "--data", data);
        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(added.out()).contains("boss", "admin");
        Run list = run("users", "list", "--data", data);
        assertThat(list.exit()).as(list.err()).isZero();
        assertThat(list.out()).contains("boss", "admin", "active");
    }

    @Test
    void aReadCommandOnAMissingDirectorySaysSoInOneLineAndCreatesNothing() throws Exception {
        for (String[] command : List.of(new String[] {"stats"}, new String[] {"users", "list"},
                new String[] {"dataset", "export", "--dir", temp.resolve("out").toString()})) {
            Path missing = temp.resolve("missing-" + command[0]);
            List<String> args = new ArrayList<>(List.of(command));
            args.addAll(List.of("--data", missing.toString()));
            Run run = run(args.toArray(String[]::new));
            assertThat(run.exit()).as(String.join(" ", command)).isEqualTo(2);
            assertThat(run.err().strip()).as("one line").doesNotContain("\n", "Exception", "\tat ")
                    .contains(missing.toString());
            assertThat(run.err().strip().lines()).hasSize(1);
            assertThat(run.out()).isEmpty();
            assertThat(missing).doesNotExist();
        }
        assertThat(temp.resolve("out")).doesNotExist();
    }

    @Test
    void aCommandThatOpensANewDataDirectoryFirstFindsTheShippedDataset() throws Exception {
        Path fresh = Files.createDirectories(temp.resolve("fresh"));
        Run stats = run("stats", "--format", "json", "--data", fresh.toString());
        assertThat(stats.exit()).as(stats.err()).isZero();
        // stdout is the answer only (the logs, Flyway's warning included, go to stderr)
        assertThat(stats.out().strip()).startsWith("{").endsWith("}");
        assertThat(stats.out()).contains("\"partners\" : 47", "\"projects\" : 57", "\"artemisAccordsSignatories\" : 61");
        Map<String, String> exported = export(fresh.toString(), "fresh-export");
        assertThat(exported.get("agencies.csv").lines().count()).isEqualTo(48); // header + 47 agencies
    }

    @Test
    void aDatabaseLockedByAProcessThatDoesNotShareItEndsInOneLineWithExitTwo() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("locked"));
        // an embedded connection without mixed mode holds the file lock and serves nobody
        try (java.sql.Connection holder = java.sql.DriverManager.getConnection(
                "jdbc:h2:file:" + dir.toAbsolutePath().resolve("consortium") + ";MODE=PostgreSQL", "sa", "")) {
            Run run = run("users", "list", "--data", dir.toString());
            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err().strip().lines()).as(run.err()).hasSize(1);
            assertThat(run.err()).contains("in use").doesNotContain("Exception", "\tat ");
            assertThat(holder.isValid(1)).isTrue();
        }
    }

    @Test
    void allocateComputesWithoutOpeningTheDatabase() throws Exception {
        Path game = Files.writeString(temp.resolve("tva.json"), """
                {"type": "cost", "players": ["N", "F", "P"],
                 "values": {"N": 163520, "F": 140826, "P": 250096, "N+F": 301607, "N+P": 378821, "F+P": 367370,
                            "N+F+P": 412584}}""");
        Path workDir = Files.createDirectories(temp.resolve("work"));
        Run run = runIn(workDir, "allocate", game.toString(), "--method", "shapley", "--format", "csv");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("N,117829.000000", "F,100756.500000", "P,193998.500000");
        assertThat(workDir.resolve("data")).doesNotExist();
        assertThat(run.out() + run.err()).doesNotContain("Tomcat", "HikariPool", "Flyway");
    }

    @Test
    void teamSolvesAFileWithPartnersWithoutOpeningTheDatabase() throws Exception {
        // csa arm 120, esa arm 200 / service 300, jaxa cargo 150, nasa 250 / 400 / 180; csa and jaxa incompatible:
        // csa + esa + nasa = 120 + 300 + 180 = 600
        Path mission = Files.writeString(temp.resolve("mission.json"), """
                {"requirements": [{"capability": "robotic-arm", "minMaturity": 9}, {"capability": "service-module"},
                                  {"capability": "cargo-resupply"}],
                 "partners": [
                   {"id": "csa", "capabilities": [{"capability": "robotic-arm", "maturity": 9, "cost": 120}]},
                   {"id": "esa", "capabilities": [{"capability": "robotic-arm", "maturity": 9, "cost": 200},
                                                  {"capability": "service-module", "maturity": 9, "cost": 300}]},
                   {"id": "jaxa", "capabilities": [{"capability": "cargo-resupply", "maturity": 9, "cost": 150}]},
                   {"id": "nasa", "capabilities": [{"capability": "robotic-arm", "maturity": 9, "cost": 250},
                                                   {"capability": "service-module", "maturity": 9, "cost": 400},
                                                   {"capability": "cargo-resupply", "maturity": 9, "cost": 180}]}],
                 "constraints": {"incompatible": [["csa", "jaxa"]]}}""");
        Path workDir = Files.createDirectories(temp.resolve("team"));
        Run run = runIn(workDir, "team", mission.toString(), "--format", "json");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"status\" : \"optimal\"", "\"cost\" : 600.0");
        assertThat(workDir.resolve("data")).doesNotExist();
        Path bad = Files.writeString(temp.resolve("bad.json"), """
                {"requirements": [{"capability": "x", "minMaturity": 0}], "partners": []}""");
        Run rejected = runIn(workDir, "team", bad.toString());
        assertThat(rejected.exit()).isEqualTo(2);
        assertThat(rejected.err()).contains("requirements[0].minMaturity");
    }

    @Test
    void jclComputesWithoutOpeningTheDatabase() throws Exception {
        Path plan = Files.writeString(temp.resolve("plan.json"), """
                {"activities": [{"id": "A", "owner": "esa", "duration": {"dist": "pert", "min": 1, "mode": 2, "max": 3}},
                                {"id": "B", "owner": "nasa", "after": ["A"], "duration": {"dist": "fixed", "value": 5}}],
                 "targets": {"finish": 7}}""");
        Path workDir = Files.createDirectories(temp.resolve("work-jcl"));
        Run run = runIn(workDir, "jcl", plan.toString(), "--trials", "1000", "--format", "csv");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("quantity,mean,p10,p50,p70,p80,p90").contains("finish,", "cost,");
        assertThat(workDir.resolve("data")).doesNotExist();
        assertThat(run.out() + run.err()).doesNotContain("Tomcat", "HikariPool", "Flyway");
    }

    @Test
    void fleetComparesPresetsWithoutOpeningTheDatabase() throws Exception {
        Path workDir = Files.createDirectories(temp.resolve("fleet-work"));
        Run run = runIn(workDir, "fleet", "--preset", "iss-2015", "--preset", "single-partner", "--trials", "2000",
                "--format", "csv");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("fleet,trials,seed").contains("ISS fleet of 2015", ",2000,1,");
        assertThat(workDir.resolve("data")).doesNotExist();
        assertThat(run.out() + run.err()).doesNotContain("Tomcat", "HikariPool", "Flyway");
    }

    @Test
    void relayPlansFromTheShippedAssetsWithoutOpeningTheDatabase() throws Exception {
        Path plan = Files.writeString(temp.resolve("relay.json"), """
                {"start": "2026-01-01T00:00:00Z", "end": "2026-01-02T00:00:00Z", "minElevationDeg": 10,
                 "orbiters": ["mro", "tgo"], "landers": ["curiosity"]}""");
        Path workDir = Files.createDirectories(temp.resolve("relay-work"));
        Run run = runIn(workDir, "relay", plan.toString(), "--format", "csv");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("orbiter,orbiter_owner,lander").contains("mro,nasa,curiosity,nasa");
        assertThat(workDir.resolve("data")).doesNotExist();
        assertThat(run.out() + run.err()).doesNotContain("Tomcat", "HikariPool", "Flyway");
    }

    @Test
    void serveStartsOnTheGivenPortAndDataDirectoryWithTheShippedDataset() throws Exception {
        int port = PackagedJar.freePort();
        Path data = temp.resolve("served");
        PackagedJar.Server server = jar().start(port, Map.of(), "serve", "--port", String.valueOf(port), "--data",
                data.toString());
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            String health = poll(http, server.url("/actuator/health"), Duration.ofMinutes(3));
            assertThat(health).contains("UP");
            String partners = get(http, server.url("/api/partners?size=1"));
            String projects = get(http, server.url("/api/projects?size=1"));
            assertThat(total(partners)).isGreaterThanOrEqualTo(45);
            assertThat(total(projects)).isGreaterThanOrEqualTo(45);
            assertThat(Files.exists(data.resolve("consortium.mv.db"))).isTrue();
        } finally {
            server.stop();
        }
    }

    private Map<String, String> export(String data, String name) throws Exception {
        Path dir = temp.resolve(name);
        Run run = run("dataset", "export", "--dir", dir.toString(), "--data", data);
        assertThat(run.exit()).as(run.err()).isZero();
        Map<String, String> files = new LinkedHashMap<>();
        try (var list = Files.list(dir)) {
            for (Path file : list.sorted().toList()) {
                files.put(file.getFileName().toString(), Files.readString(file));
            }
        }
        assertThat(files).containsKeys("agencies.csv", "missions.csv", "contributions.csv");
        return files;
    }

    private static long total(String pageJson) {
        var matcher = java.util.regex.Pattern.compile("\"totalItems\"\\s*:\\s*(\\d+)").matcher(pageJson);
        assertThat(matcher.find()).as(pageJson).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private static String get(HttpClient http, String url) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return response.body();
    }

    private static String poll(HttpClient http, String url, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            try {
                return get(http, url);
            } catch (IOException | AssertionError e) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("Server did not answer " + url + " within " + limit, e);
                }
                Thread.sleep(500);
            }
        }
    }

    private PackagedJar jar() {
        return new PackagedJar(temp);
    }

    private Run run(String... args) throws Exception {
        return jar().run(args);
    }

    private Run runIn(Path workDir, String... args) throws Exception {
        return jar().runIn(workDir, args);
    }

    private Run runWith(Path workDir, Map<String, String> env, String... args) throws Exception {
        return jar().run(workDir, env, args);
    }
}
