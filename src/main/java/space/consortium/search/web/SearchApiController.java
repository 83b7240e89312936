package space.consortium.search.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import space.consortium.search.SearchResults;
import space.consortium.search.SearchService;

@RestController
@Tag(name = "Search", description = "Partners, projects, agreements and claims by name, acronym or country")
class SearchApiController {

    private final SearchService search;

    SearchApiController(SearchService search) {
        this.search = search;
    }

    @GetMapping("/api/search")
    @Operation(summary = "Search partners, projects, agreements and claims",
            description = "q: 2 to 100 characters. Every word of q must start a word of the record's name, title or "
                    + "statement, id (acronym) or country (case and accents do not matter; 'lunar gate' finds the Lunar "
                    + "Gateway, 'ateway' does not); a q that names a country (an ISO code such as JP or an English name "
                    + "such as Japan) also finds what belongs to it. The exact id first; at most 25 hits per kind.")
    SearchResults search(@RequestParam(defaultValue = "") String q) {
        return search.search(q);
    }
}
