package space.consortium.partners.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import space.consortium.agreements.Agreement;
import space.consortium.agreements.AgreementService;
import space.consortium.partners.Partner;
import space.consortium.partners.PartnerQuery;
import space.consortium.partners.PartnerRequest;
import space.consortium.partners.PartnerService;
import space.consortium.projects.ContributionService;
import space.consortium.projects.Participation;
import space.consortium.projects.Project;
import space.consortium.projects.ProjectService;
import space.consortium.shared.Money;
import space.consortium.shared.PageLinks;
import space.consortium.shared.PageRequest;
import space.consortium.shared.PageResult;

/** The partner list (kind filter, search, sorting, pages) and a partner's profile. */
@Controller
class PartnerPageController {

    static final int PAGE_SIZE = 20;

    private final PartnerService partners;
    private final ProjectService projects;
    private final ContributionService contributions;
    private final AgreementService agreements;

    PartnerPageController(PartnerService partners, ProjectService projects, ContributionService contributions,
                          AgreementService agreements) {
        this.partners = partners;
        this.projects = projects;
        this.contributions = contributions;
        this.agreements = agreements;
    }

    /** The current filters of the list, as typed (blank for none). */
    record Filters(String kind, String country, String q) {
    }

    /** A row of the partner list: the partner, its budget as money, and how many projects it takes part in. */
    record Row(Partner partner, @Nullable Money budget, long projects) {
    }

    /** A project the partner takes part in, with the partner's role. */
    record ProjectRole(Project project, String role) {
    }

    /** An agreement the partner (or its country) is party to, and when that party signed. */
    record AgreementRole(Agreement agreement, String party, @Nullable String signed) {
    }

    @GetMapping("/partners")
    String list(@RequestParam(required = false) @Nullable String kind,
                @RequestParam(required = false) @Nullable String country,
                @RequestParam(required = false) @Nullable String q,
                @RequestParam(defaultValue = "0") int page,
                @RequestParam(defaultValue = "name") String sort,
                @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
                @RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String restore,
                Model model, HttpServletResponse response) {
        PageResult<Partner> result = partners.list(new PartnerQuery(blankToNull(kind), blankToNull(country), blankToNull(q)),
                PageRequest.of(page, PAGE_SIZE, sort));
        Map<String, Long> projectCounts = projects.allParticipations().stream()
                .collect(Collectors.groupingBy(Participation::partnerId, Collectors.counting()));
        Map<String, @Nullable String> filters = new LinkedHashMap<>();
        filters.put("kind", kind);
        filters.put("country", country);
        filters.put("q", q);
        model.addAttribute("result", result.map(p -> new Row(p, budget(p), projectCounts.getOrDefault(p.id(), 0L))));
        model.addAttribute("links", new PageLinks("/partners", filters, sort));
        model.addAttribute("filters", new Filters(orEmpty(kind), orEmpty(country), orEmpty(q)));
        response.addHeader("Vary", "HX-Request");
        if (htmx != null && restore == null) {
            return "partners/list :: results";
        }
        model.addAttribute("kinds", PartnerRequest.KINDS);
        return "partners/list";
    }

    @GetMapping("/partners/{id}")
    String profile(@PathVariable String id, Model model) {
        Partner partner = partners.get(id);
        Map<String, Project> byId = projects.all().stream().collect(Collectors.toMap(Project::id, Function.identity()));
        List<ProjectRole> roles = projects.participationsOf(id).stream()
                .filter(p -> byId.containsKey(p.projectId()))
                .map(p -> new ProjectRole(byId.get(p.projectId()), p.role()))
                .toList();
        @Nullable String country = isoCountry(partner);
        model.addAttribute("partner", partner);
        model.addAttribute("budget", budget(partner));
        model.addAttribute("roles", roles);
        model.addAttribute("contributions", contributions.ofPartner(id));
        model.addAttribute("agreements", agreementsOf(partner, country));
        model.addAttribute("country", country);
        java.util.Optional<Agreement> accords = agreements.find(AgreementService.ARTEMIS_ACCORDS); // read once
        model.addAttribute("accordsSigned", country == null ? null
                : accords.flatMap(a -> a.parties().stream()
                        .filter(p -> country.equals(p.countryCode())).findFirst())
                        .map(p -> p.signed() == null ? "signed (date not recorded)" : p.signed())
                        .orElse(null));
        model.addAttribute("accordsKnown", accords.isPresent());
        return "partners/profile";
    }

    /** Agreements the partner is a party to by id, or through its country; each with the signing date of that party. */
    private List<AgreementRole> agreementsOf(Partner partner, @Nullable String country) {
        Map<String, AgreementRole> found = new LinkedHashMap<>();
        for (Agreement a : agreements.ofPartner(partner.id())) {
            a.parties().stream().filter(p -> partner.id().equals(p.partnerId())).findFirst()
                    .ifPresent(p -> found.put(a.id(), new AgreementRole(a, partner.name(), p.signed())));
        }
        if (country != null) {
            for (Agreement a : agreements.ofCountry(country)) {
                a.parties().stream().filter(p -> country.equals(p.countryCode())).findFirst()
                        .ifPresent(p -> found.putIfAbsent(a.id(), new AgreementRole(a,
                                p.countryName() == null ? country : p.countryName(), p.signed())));
            }
        }
        List<AgreementRole> list = new ArrayList<>(found.values());
        list.sort(java.util.Comparator.comparing((AgreementRole r) -> r.agreement().signedOn() == null ? "" : r.agreement().signedOn())
                .thenComparing(r -> r.agreement().title()));
        return list;
    }

    /** The partner's ISO 3166-1 alpha-2 country code, or null for a member group such as "ESA member states". */
    private static @Nullable String isoCountry(Partner p) {
        String c = p.countryOrMembers();
        return c != null && c.matches("[A-Z]{2}") ? c : null;
    }

    private static @Nullable Money budget(Partner p) {
        return p.budget();
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String orEmpty(@Nullable String s) {
        return s == null ? "" : s.trim();
    }
}
