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
 * Finds partners, projects, agreements and claims by the words of their name (title, statement), their id (the
 * acronym, e.g. {@code jaxa}) or their country: every word of the query must start a word of the record
 * ({@code lunar gate} finds the Lunar Gateway; a piece from the middle of a word, {@code ateway}, does not), case and
 * accents do not matter ({@code etudes} finds "études"), and a query that names a country, by ISO code ({@code JP}) or
 * English name ({@code Japan}), also finds what belongs to it. Punctuation separates words, so {@code %} and
 * {@code _} match nothing. The exact id comes first, then names in order. Answered from the search index
 * ({@code SearchIndex}), which every write keeps current in its own transaction.
 */
@Service
public class SearchService {

    /** Most hits per kind. */
    public static final int LIMIT = 25;
    public static final int MIN_LENGTH = 2;
    public static final int MAX_LENGTH = 100;

    private final SearchRepository repository;
    private final SearchIndex index;

    SearchService(SearchRepository repository, SearchIndex index) {
        this.repository = repository;
        this.index = index;
    }

    /** @throws InvalidInput (field {@code q}) when the query is shorter than 2 or longer than 100 characters */
    @Transactional(readOnly = true)
    public SearchResults search(String query) {
        String q = query == null ? "" : query.strip();
        if (q.length() < MIN_LENGTH || q.length() > MAX_LENGTH) {
            throw new InvalidInput("q", "give " + MIN_LENGTH + " to " + MAX_LENGTH + " characters to search for, got "
                    + q.length());
        }
        List<SearchResults.Country> countries = countries(q);
        SearchRepository.Match match = match(q, countries);
        if (match.isEmpty()) {
            return new SearchResults(q, countries, List.of(), List.of(), List.of(), List.of());
        }
        index.ensureBuilt();
        return new SearchResults(q, countries, repository.partners(match, LIMIT), repository.projects(match, LIMIT),
                repository.agreements(match, LIMIT), repository.claims(match, LIMIT));
    }

    /** What a (trimmed) query looks for: its words and the codes of the countries it names. */
    static SearchRepository.Match match(String q, List<SearchResults.Country> countries) {
        Set<String> codes = new LinkedHashSet<>();
        countries.forEach(c -> codes.add(c.code().toLowerCase(Locale.ROOT)));
        return new SearchRepository.Match(SearchTerms.queryWords(q), codes, q.toLowerCase(Locale.ROOT));
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
