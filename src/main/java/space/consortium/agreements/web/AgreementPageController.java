package space.consortium.agreements.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.PathVariable;
import space.consortium.agreements.Agreement;
import space.consortium.agreements.AgreementService;
import space.consortium.shared.Chart;

/** The agreement list and an agreement's page: its parties with their signature dates, and how they grew. */
@Controller
class AgreementPageController {

    private final AgreementService agreements;

    AgreementPageController(AgreementService agreements) {
        this.agreements = agreements;
    }

    @GetMapping("/agreements")
    String list(@RequestParam(required = false) @Nullable String project, Model model) {
        boolean filtered = project != null && !project.isBlank();
        model.addAttribute("agreements", filtered ? agreements.ofProject(project) : agreements.all());
        model.addAttribute("project", filtered ? project : null);
        return "agreements/list";
    }

    @GetMapping("/agreements/{id}")
    String detail(@PathVariable String id, Model model) {
        Agreement agreement = agreements.get(id);
        TreeMap<String, List<String>> byDate = new TreeMap<>();
        for (Agreement.Party p : agreement.parties()) {
            if (p.signed() != null) {
                byDate.computeIfAbsent(p.signed(), d -> new ArrayList<>()).add(name(p));
            }
        }
        Map<String, Long> perYear = new LinkedHashMap<>();
        byDate.forEach((date, names) -> perYear.merge(date.substring(0, 4), (long) names.size(), Long::sum));
        model.addAttribute("agreement", agreement);
        model.addAttribute("undated", agreement.parties().stream().filter(p -> p.signed() == null).count());
        model.addAttribute("perYear", perYear);
        model.addAttribute("latestSigned", byDate.isEmpty() ? null : byDate.lastKey());
        model.addAttribute("growthChart", byDate.size() < 2 ? null : Chart.json(Chart.Timeline.cumulative("Signatories", byDate)));
        return "agreements/detail";
    }


    private static String name(Agreement.Party p) {
        @Nullable String name = p.partnerName() != null ? p.partnerName() : p.countryName();
        return name == null ? "?" : name;
    }
}
