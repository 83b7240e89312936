package space.consortium.accounts.web;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import space.consortium.accounts.AuditEvent;
import space.consortium.accounts.AuditQuery;
import space.consortium.accounts.AuditTrail;
import space.consortium.shared.Csv;
import space.consortium.shared.PageRequest;
import space.consortium.shared.PageResult;

/** The audit trail for signed-in users: filter by project, partner, entity and actor; export as CSV. */
@Controller
class AuditPageController {

    private final AuditTrail audit;

    AuditPageController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    String page(@RequestParam(required = false) @Nullable String project,
                @RequestParam(required = false) @Nullable String partner,
                @RequestParam(required = false) @Nullable String entity,
                @RequestParam(required = false) @Nullable String actor,
                @RequestParam(defaultValue = "0") int page, Model model) {
        AuditQuery query = new AuditQuery(blank(project), blank(partner), blank(entity), blank(actor));
        PageResult<AuditEvent> events = audit.list(query, new PageRequest(Math.max(page, 0), 50, "at", false));
        model.addAttribute("query", query);
        model.addAttribute("events", events);
        return "accounts/audit";
    }

    @GetMapping(value = "/audit.csv", produces = "text/csv")
    ResponseEntity<String> csv(@RequestParam(required = false) @Nullable String project,
                               @RequestParam(required = false) @Nullable String partner,
                               @RequestParam(required = false) @Nullable String entity,
                               @RequestParam(required = false) @Nullable String actor) throws IOException {
        List<AuditEvent> events = audit.all(new AuditQuery(blank(project), blank(partner), blank(entity), blank(actor)));
        StringWriter out = new StringWriter();
        List<String> header = List.of("id", "at", "actor", "channel", "action", "entity", "entity_id", "project_id",
                "partner_id", "before", "after");
        List<List<@Nullable Object>> rows = events.stream().map(e -> java.util.Arrays.<@Nullable Object>asList(String.valueOf(e.id()), e.at().toString(),
                e.actor(), e.channel(), e.action(), e.entity(), e.entityId(), e.projectId(),
                e.partnerId(), e.before(), e.after())).toList();
        Csv.write(out, header, rows);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit.csv\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(out.toString());
    }

    private static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
