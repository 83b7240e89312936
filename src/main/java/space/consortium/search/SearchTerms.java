package space.consortium.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The words of the search index and of a query, the same for both: text is accent-folded (Unicode NFD without its
 * combining marks, so {@code études} is {@code etudes}), lower-cased and cut at every character that is neither a
 * letter nor a digit ({@code artemis-accords} is {@code artemis}, {@code accords}). A country is indexed by its ISO
 * 3166 code and the words of its English name (and the names people use beside it: USA, UK, Britain).
 *
 * <p>Pure: no Spring, no I/O.
 */
final class SearchTerms {

    /** Longest term stored: a longer word is stored cut, still found by any query word of up to this length. */
    static final int MAX_TERM = 100;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern CODE = Pattern.compile("(?<![A-Za-z])([A-Z]{2})(?![A-Za-z])");

    /** ISO code → its English name, and the names people use beside it. */
    private static final Map<String, List<String>> COUNTRIES = countries();

    private SearchTerms() {
    }

    /** The words of {@code text}, folded, in order, without repeats; none for null or blank text. */
    static List<String> words(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        Set<String> words = new LinkedHashSet<>();
        for (String w : SEPARATORS.split(folded)) {
            if (!w.isEmpty()) {
                words.add(w.length() > MAX_TERM ? w.substring(0, MAX_TERM) : w);
            }
        }
        return List.copyOf(words);
    }

    /** The ISO 3166 alpha-2 codes written in {@code text} as two capital letters ({@code US}, {@code "JP"}). */
    static Set<String> codesIn(@Nullable String text) {
        Set<String> codes = new LinkedHashSet<>();
        if (text != null) {
            Matcher m = CODE.matcher(text);
            while (m.find()) {
                if (COUNTRIES.containsKey(m.group(1))) {
                    codes.add(m.group(1));
                }
            }
        }
        return codes;
    }

    /** The terms of a country: its code, lower-cased, and the words of its names; none for an unknown code. */
    static Set<String> countryTerms(String code) {
        String upper = code.toUpperCase(Locale.ROOT);
        List<String> names = COUNTRIES.get(upper);
        Set<String> terms = new LinkedHashSet<>();
        if (names != null) {
            terms.add(upper.toLowerCase(Locale.ROOT));
            names.forEach(n -> terms.addAll(words(n)));
        }
        return terms;
    }

    /**
     * The least string greater than every string that starts with {@code prefix} (a query word), for the range
     * {@code term >= prefix and term < successor}; null when there is none ({@code zzz}). Terms hold letters and
     * digits only, so after {@code 9} comes {@code a} and after {@code z} the previous character is raised: the
     * range is the same in code-point order (H2, PostgreSQL's C collation) and in a language's collation, which
     * orders digits before letters and letters alphabetically but ignores punctuation such as {@code ~}.
     */
    static @Nullable String successor(String prefix) {
        for (int i = prefix.length() - 1; i >= 0; i--) {
            char c = prefix.charAt(i);
            if (c == '9') {
                return prefix.substring(0, i) + 'a';
            }
            if (c != 'z' && c != Character.MAX_VALUE) {
                return prefix.substring(0, i) + (char) (c + 1);
            }
        }
        return null;
    }

    /** The query's words that say something: a word that starts another one of them is implied by it. */
    static List<String> queryWords(String query) {
        List<String> words = words(query);
        List<String> kept = new ArrayList<>();
        for (String w : words) {
            boolean implied = words.stream().anyMatch(other -> !other.equals(w) && other.startsWith(w));
            if (!implied) {
                kept.add(w);
            }
        }
        return kept;
    }

    private static Map<String, List<String>> countries() {
        Map<String, List<String>> all = new TreeMap<>();
        for (String code : Locale.getISOCountries()) {
            all.put(code, new ArrayList<>(List.of(new Locale("", code).getDisplayCountry(Locale.ENGLISH))));
        }
        all.get("US").addAll(List.of("USA", "United States of America", "America"));
        all.get("GB").addAll(List.of("UK", "Britain", "Great Britain"));
        all.get("RU").add("Russia");
        all.get("KR").addAll(List.of("South Korea", "Korea"));
        all.replaceAll((code, names) -> List.copyOf(names));
        return Map.copyOf(all);
    }
}
