package space.consortium.search;

import java.util.List;

/**
 * The answer to a search, grouped by kind; each group holds at most {@link SearchService#LIMIT} hits.
 *
 * @param query      the query as searched (trimmed)
 * @param countries  the ISO 3166 countries the query names (a code such as {@code JP} or a name such as
 *                   {@code Japan}), by which partners, projects and agreements were also matched
 */
public record SearchResults(String query, List<Country> countries, List<Hit> partners, List<Hit> projects,
                            List<Hit> agreements, List<Hit> claims) {

    public SearchResults {
        countries = List.copyOf(countries);
        partners = List.copyOf(partners);
        projects = List.copyOf(projects);
        agreements = List.copyOf(agreements);
        claims = List.copyOf(claims);
    }

    /** The number of hits over every kind. */
    public int total() {
        return partners.size() + projects.size() + agreements.size() + claims.size();
    }

    /** A country: ISO 3166 alpha-2 code and English name. */
    public record Country(String code, String name) {
    }

    /**
     * One hit.
     *
     * @param kind   {@code partner}, {@code project}, {@code agreement} or {@code claim}
     * @param id     the record's id
     * @param title  its name (title, statement)
     * @param detail a second line: country, destination and year, kind and date
     * @param url    the page that shows it
     */
    public record Hit(String kind, String id, String title, String detail, String url) {
    }
}
