package space.consortium.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import space.consortium.shared.InvalidInput;

/**
 * Finds partners, projects, agreements and claims whose name (title, statement) contains the query, whose id (the
 * acronym, e.g. {@code jaxa}) equals it, or whose country is the one the query names: an ISO code ({@code JP}) or an
 * English country name ({@code Japan}). Case does not matter; {@code %} and {@code _} are matched literally.
 */
@Service
public class SearchService {

    /** Most hits per kind. */
    public static final int LIMIT = 25;
    public static final int MIN_LENGTH = 2;
    public static final int MAX_LENGTH = 100;

    private final SearchRepository repository;

    SearchService(SearchRepository repository) {
        this.repository = repository;
    }

    /** @throws InvalidInput (field {@code q}) when the query is shorter than 2 or longer than 100 characters */
    @Transactional(readOnly = true)
    public SearchResults search(String query) {
        String q = query == null ? "" : query.strip();
        if (q.length() < MIN_LENGTH || q.length() > MAX_LENGTH) {
            throw new InvalidInput("q", "give " + MIN_LENGTH + " to " + MAX_LENGTH + " characters to search for, got "
                    + q.length());
        }
        String lower = q.toLowerCase(Locale.ROOT);
        String pattern = "%" + lower.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        List<SearchResults.Country> countries = countries(q);
        Set<String> codes = new LinkedHashSet<>();
        countries.forEach(c -> codes.add(c.code()));
        return new SearchResults(q, countries, repository.partners(pattern, lower, codes, LIMIT),
                repository.projects(pattern, lower, codes, LIMIT), repository.agreements(pattern, lower, codes, LIMIT),
                repository.claims(pattern, codes, LIMIT));
    }

    /** The countries the query names: a two-letter ISO code, or an English name (whole, any case). */
    static List<SearchResults.Country> countries(String q) {
        List<SearchResults.Country> found = new ArrayList<>();
        String upper = q.toUpperCase(Locale.ROOT);
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            if ((q.length() == 2 && code.equals(upper)) || name.equalsIgnoreCase(q)) {
                found.add(new SearchResults.Country(code, name));
            }
        }
        // names people use beside the ISO short names
        switch (upper) {
            case "USA", "UNITED STATES OF AMERICA", "AMERICA" -> found.add(new SearchResults.Country("US", "United States"));
            case "UK", "BRITAIN", "GREAT BRITAIN" -> found.add(new SearchResults.Country("GB", "United Kingdom"));
            case "RUSSIA" -> found.add(new SearchResults.Country("RU", "Russia"));
            case "SOUTH KOREA", "KOREA" -> found.add(new SearchResults.Country("KR", "South Korea"));
            default -> { }
        }
        return found.stream().distinct().toList();
    }
}
