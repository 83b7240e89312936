package space.consortium.search.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import space.consortium.search.SearchService;
import space.consortium.shared.InvalidInput;

/** The results of the navigation bar's search box, grouped by kind, each hit linking to its page. */
@Controller
class SearchPageController {

    private final SearchService search;

    SearchPageController(SearchService search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(@RequestParam(defaultValue = "") String q, Model model, HttpServletResponse response) {
        model.addAttribute("q", q);
        if (!q.isBlank()) {
            try {
                model.addAttribute("results", search.search(q));
            } catch (InvalidInput e) {
                model.addAttribute("error", e.problems().get(0).message());
                response.setStatus(HttpStatus.BAD_REQUEST.value());
            }
        }
        return "search/results";
    }
}
