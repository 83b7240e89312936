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

/** Projects, participations and share tables. */
@Repository
class ProjectRepository {

    private static final String PROJECT_SELECT = """
            select p.*, l.name as lead_name,
              (select count(*) from participation pa where pa.project_id = p.id) as partner_count""";
    private static final String PROJECT_FROM = "from project p join partner l on l.id = p.lead_partner_id";
    private static final Map<String, String> PROJECT_SORT = new LinkedHashMap<>();
    private static final String PARTICIPATION_SELECT =
            "select pa.*, pr.name as project_name, pt.name as partner_name";
    private static final String PARTICIPATION_FROM =
            "from participation pa join project pr on pr.id = pa.project_id join partner pt on pt.id = pa.partner_id";
    private static final Map<String, String> PARTICIPATION_SORT = new LinkedHashMap<>();

    static {
        PROJECT_SORT.put("id", "p.id");
        PROJECT_SORT.put("name", "lower(p.name)");
        PROJECT_SORT.put("launchYear", "p.launch_year");
        PROJECT_SORT.put("status", "p.status");
        PROJECT_SORT.put("destination", "lower(p.destination)");
        PROJECT_SORT.put("lead", "p.lead_partner_id");
        PROJECT_SORT.put("partners", "partner_count");
        PROJECT_SORT.put("cost", "p.cost_amount");
        PARTICIPATION_SORT.put("id", "pa.id");
        PARTICIPATION_SORT.put("project", "pa.project_id");
        PARTICIPATION_SORT.put("partner", "pa.partner_id");
        PARTICIPATION_SORT.put("role", "pa.role");
    }

    private final JdbcClient jdbc;

    ProjectRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- projects

    PageResult<Project> list(ProjectQuery q, PageRequest page) {
        return new SqlList()
                .where("p.status = :status", "status", q.status())
                .where("lower(p.destination) like :destination escape '\\'", "destination",
                        q.destination() == null || q.destination().isBlank() ? null
                                : "%" + SqlList.escapeLike(q.destination().trim().toLowerCase()) + "%")
                .where("exists (select 1 from participation x where x.project_id = p.id and x.partner_id = :partner)",
                        "partner", q.partner())
                .where("p.lead_partner_id = :lead", "lead", q.lead())
                .matching(q.text(), "p.id", "p.name", "p.notes")
                .fetch(jdbc, PROJECT_SELECT, PROJECT_FROM, PROJECT_SORT, page, ProjectRepository::mapProject);
    }

    Optional<Project> find(String id) {
        return jdbc.sql(PROJECT_SELECT + " " + PROJECT_FROM + " where p.id = :id").param("id", id)
                .query(ProjectRepository::mapProject).optional();
    }

    List<Project> findAll() {
        return jdbc.sql(PROJECT_SELECT + " " + PROJECT_FROM + " order by p.id").query(ProjectRepository::mapProject).list();
    }

    boolean exists(String id) {
        return jdbc.sql("select count(*) from project where id = :id").param("id", id).query(Long.class).single() > 0;
    }

    boolean partnerExists(String id) {
        return jdbc.sql("select count(*) from partner where id = :id").param("id", id).query(Long.class).single() > 0;
    }

    long count() {
        return jdbc.sql("select count(*) from project").query(Long.class).single();
    }

    Map<String, String> partnerNames() {
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql("select id, name from partner order by lower(name), id").query(rs -> {
            names.put(rs.getString("id"), rs.getString("name"));
        });
        return names;
    }

    void insert(String id, ProjectRequest r) {
        jdbc.sql("""
                insert into project (id, name, destination, status, launch_year, lead_partner_id, cost_amount,
                  cost_currency, cost_price_year, notes, source_url, version)
                values (:id, :name, :destination, :status, :launchYear, :lead, :costAmount, :costCurrency,
                  :costPriceYear, :notes, :source, 0)""")
                .param("id", id).params(columns(r)).update();
    }

    int update(String id, long version, ProjectRequest r) {
        return jdbc.sql("""
                update project set name = :name, destination = :destination, status = :status,
                  launch_year = :launchYear, lead_partner_id = :lead, cost_amount = :costAmount,
                  cost_currency = :costCurrency, cost_price_year = :costPriceYear, notes = :notes,
                  source_url = :source, version = version + 1
                where id = :id and version = :version""")
                .param("id", id).param("version", version).params(columns(r)).update();
    }

    int delete(String id) {
        return jdbc.sql("delete from project where id = :id").param("id", id).update();
    }

    long assetCount(String projectId) {
        return jdbc.sql("select count(*) from asset where project_id = :id").param("id", projectId).query(Long.class).single();
    }

    private static Map<String, Object> columns(ProjectRequest r) {
        Map<String, Object> c = new HashMap<>();
        c.put("name", r.name().trim());
        c.put("destination", blankToNull(r.destination()));
        c.put("status", blankToNull(r.status()));
        c.put("launchYear", r.launchYear());
        c.put("lead", r.leadPartnerId());
        Money cost = r.cost() == null ? null : r.cost().toMoney();
        c.put("costAmount", cost == null ? null : cost.amount());
        c.put("costCurrency", cost == null ? null : cost.currency());
        c.put("costPriceYear", cost == null ? null : cost.priceYear());
        c.put("notes", blankToNull(r.notes()));
        c.put("source", r.sourceUrl().trim());
        return c;
    }

    static Project mapProject(ResultSet rs, int row) throws SQLException {
        BigDecimal cost = rs.getBigDecimal("cost_amount");
        Money money = cost == null ? null
                : new Money(Money.plain(cost), rs.getString("cost_currency"), rs.getObject("cost_price_year", Integer.class));
        return new Project(rs.getString("id"), rs.getString("name"), rs.getString("destination"),
                rs.getString("status"), rs.getObject("launch_year", Integer.class), rs.getString("lead_partner_id"),
                rs.getString("lead_name"), rs.getInt("partner_count"), money, rs.getString("notes"),
                rs.getString("source_url"), rs.getLong("version"));
    }

    // ---- participations

    PageResult<Participation> participations(String project, String partner, String role, PageRequest page) {
        return new SqlList()
                .where("pa.project_id = :project", "project", project)
                .where("pa.partner_id = :partner", "partner", partner)
                .where("pa.role = :role", "role", role)
                .fetch(jdbc, PARTICIPATION_SELECT, PARTICIPATION_FROM, PARTICIPATION_SORT, page,
                        ProjectRepository::mapParticipation);
    }

    List<Participation> participationsOfProject(String projectId) {
        return jdbc.sql(PARTICIPATION_SELECT + " " + PARTICIPATION_FROM + " " + """
                where pa.project_id = :id
                 order by case pa.role when 'lead' then 0 when 'partner' then 1 else 2 end, pa.partner_id""")
                .param("id", projectId).query(ProjectRepository::mapParticipation).list();
    }

    List<Participation> participationsOfPartner(String partnerId) {
        return jdbc.sql(PARTICIPATION_SELECT + " " + PARTICIPATION_FROM
                        + " where pa.partner_id = :id order by pr.launch_year desc, pr.name")
                .param("id", partnerId).query(ProjectRepository::mapParticipation).list();
    }

    List<Participation> allParticipations() {
        return jdbc.sql(PARTICIPATION_SELECT + " " + PARTICIPATION_FROM + " order by pa.project_id, pa.partner_id")
                .query(ProjectRepository::mapParticipation).list();
    }

    Optional<Participation> findParticipation(long id) {
        return jdbc.sql(PARTICIPATION_SELECT + " " + PARTICIPATION_FROM + " where pa.id = :id").param("id", id)
                .query(ProjectRepository::mapParticipation).optional();
    }

    Optional<Participation> findParticipation(String projectId, String partnerId) {
        return jdbc.sql(PARTICIPATION_SELECT + " " + PARTICIPATION_FROM
                        + " where pa.project_id = :project and pa.partner_id = :partner")
                .param("project", projectId).param("partner", partnerId)
                .query(ProjectRepository::mapParticipation).optional();
    }

    long insertParticipation(ParticipationRequest r) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into participation (project_id, partner_id, role, source_url, version)
                values (:project, :partner, :role, :source, 0)""")
                .param("project", r.projectId()).param("partner", r.partnerId()).param("role", r.role())
                .param("source", r.sourceUrl().trim())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    int updateParticipation(long id, long version, ParticipationRequest r) {
        return jdbc.sql("""
                update participation set partner_id = :partner, role = :role, source_url = :source,
                  version = version + 1
                where id = :id and version = :version""")
                .param("id", id).param("version", version).param("partner", r.partnerId()).param("role", r.role())
                .param("source", r.sourceUrl().trim()).update();
    }

    int deleteParticipation(long id) {
        return jdbc.sql("delete from participation where id = :id").param("id", id).update();
    }

    static Participation mapParticipation(ResultSet rs, int row) throws SQLException {
        return new Participation(rs.getLong("id"), rs.getString("project_id"), rs.getString("project_name"),
                rs.getString("partner_id"), rs.getString("partner_name"), rs.getString("role"),
                rs.getString("source_url"), rs.getLong("version"));
    }

    // ---- share tables

    /** The share tables of one project, or of all projects when {@code projectId} is null. */
    List<ShareTable> shareTables(@org.jspecify.annotations.Nullable String projectId) {
        var statement = projectId == null
                ? jdbc.sql("select * from share_table order by project_id, id")
                : jdbc.sql("select * from share_table where project_id = :project order by id").param("project", projectId);
        List<ShareTable> tables = statement
                .query((rs, row) -> new ShareTable(rs.getLong("id"), rs.getString("project_id"), rs.getString("name"),
                        List.of(), rs.getString("source_url"), rs.getLong("version")))
                .list();
        return tables.stream().map(this::withEntries).toList();
    }

    Optional<ShareTable> findShareTable(long id) {
        return jdbc.sql("select * from share_table where id = :id").param("id", id)
                .query((rs, row) -> new ShareTable(rs.getLong("id"), rs.getString("project_id"), rs.getString("name"),
                        List.of(), rs.getString("source_url"), rs.getLong("version")))
                .optional().map(this::withEntries);
    }

    Optional<Long> findShareTableId(String projectId, String name) {
        return jdbc.sql("select id from share_table where project_id = :project and name = :name")
                .param("project", projectId).param("name", name).query(Long.class).optional();
    }

    private ShareTable withEntries(ShareTable t) {
        List<ShareTable.Entry> entries = jdbc.sql("""
                        select e.partner_id, p.name, e.percent from share_entry e join partner p on p.id = e.partner_id
                        where e.share_table_id = :id order by e.percent desc, e.partner_id""")
                .param("id", t.id())
                .query((rs, row) -> new ShareTable.Entry(rs.getString(1), rs.getString(2), Money.plain(rs.getBigDecimal(3))))
                .list();
        return new ShareTable(t.id(), t.projectId(), t.name(), entries, t.sourceUrl(), t.version());
    }

    long insertShareTable(ShareTableRequest r) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into share_table (project_id, name, source_url, version) values (:project, :name, :source, 0)")
                .param("project", r.projectId()).param("name", r.name().trim()).param("source", r.sourceUrl().trim())
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        insertEntries(id, r.entries());
        return id;
    }

    int updateShareTable(long id, long version, ShareTableRequest r) {
        int changed = jdbc.sql("""
                        update share_table set name = :name, source_url = :source, version = version + 1
                        where id = :id and version = :version""")
                .param("id", id).param("version", version).param("name", r.name().trim())
                .param("source", r.sourceUrl().trim()).update();
        if (changed > 0) {
            jdbc.sql("delete from share_entry where share_table_id = :id").param("id", id).update();
            insertEntries(id, r.entries());
        }
        return changed;
    }

    private void insertEntries(long tableId, List<ShareTableRequest.Entry> entries) {
        for (ShareTableRequest.Entry e : entries) {
            jdbc.sql("insert into share_entry (share_table_id, partner_id, percent) values (:t, :p, :pc)")
                    .param("t", tableId).param("p", e.partnerId()).param("pc", e.percent()).update();
        }
    }

    int deleteShareTable(long id) {
        return jdbc.sql("delete from share_table where id = :id").param("id", id).update();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
