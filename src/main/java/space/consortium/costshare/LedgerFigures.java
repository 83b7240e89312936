package space.consortium.costshare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import space.consortium.costshare.engine.CurrencyConverter;
import space.consortium.costshare.engine.MissingRate;
import space.consortium.projects.Contribution;
import space.consortium.projects.ProjectService;
import space.consortium.shared.MissingInputs;
import space.consortium.shared.Money;

/**
 * The figures a project's ledger needs from the conversion tables: which exchange rates and price indexes converting
 * its cost and every credit would use, which of them the tables lack (said before anything is computed, so that no
 * credit is ever counted as zero), and the default base year, the latest for which nothing is lacking.
 */
final class LedgerFigures {

    private final ProjectService projects;
    private final ConversionTableService tables;
    private final LedgerCreditRepository credits;

    LedgerFigures(ProjectService projects, ConversionTableService tables, LedgerCreditRepository credits) {
        this.projects = projects;
        this.tables = tables;
        this.credits = credits;
    }

    /** A missing exchange rate (currency and year) or price index (currency null). */
    record Missing(@Nullable String currency, int year) {
    }

    /** The latest year with a US price index (else the current year). */
    int defaultBaseYear() {
        Integer latest = tables.latestIndexYear();
        return latest == null ? java.time.Year.now().getValue() : latest;
    }

    /** See {@link LedgerService#defaultBaseYear(String, String, String)}; currencies are upper-case codes. */
    int defaultBaseYear(String projectId, String cost, String ledgerCurrency) {
        List<Money> values = creditValues(projectId);
        CurrencyConverter converter = tables.converter();
        List<PriceIndexEntry> indexes = tables.indexes();
        if (indexes.isEmpty()) {
            return defaultBaseYear();
        }
        // every year from the latest with a price index down to the first: the index may have gaps (a year that
        // needs no index, e.g. a cost in its own year, can still be the answer)
        for (int year = indexes.get(indexes.size() - 1).year(); year >= indexes.get(0).year(); year--) {
            if (missing(converter, cost, year, ledgerCurrency, year, values).isEmpty()) {
                return year;
            }
        }
        return defaultBaseYear();
    }

    /** What converting a cost of {@code currency} in {@code year} and every credit to the base would lack. */
    Set<Missing> lacking(String projectId, String currency, int year, String base, int baseYear) {
        return missing(tables.converter(), currency, year, base, baseYear, creditValues(projectId));
    }

    /** The value of everything the ledger would credit: contributions with a value and price year, agreed credits. */
    private List<Money> creditValues(String projectId) {
        List<LedgerCredit> agreed = credits.ofProject(projectId);
        Set<Long> valued = new HashSet<>();
        agreed.forEach(a -> {
            if (a.contributionId() != null) {
                valued.add(a.contributionId());
            }
        });
        List<Money> values = new ArrayList<>();
        for (Contribution c : projects.detail(projectId).contributions()) {
            if (!valued.contains(c.id()) && c.value() != null && c.value().priceYear() != null) {
                values.add(c.value());
            }
        }
        agreed.forEach(a -> values.add(a.value()));
        return values;
    }

    /** What converting the cost and every credit value to the base would lack, each item once. */
    private static Set<Missing> missing(CurrencyConverter converter, String currency, int year, String base,
                                        int baseYear, List<Money> values) {
        Set<Missing> missing = new LinkedHashSet<>();
        tryConvert(converter, currency, year, base, baseYear, missing);
        for (Money v : values) {
            tryConvert(converter, v.currency(), Objects.requireNonNull(v.priceYear()), base, baseYear, missing);
        }
        return missing;
    }

    private static void tryConvert(CurrencyConverter converter, String currency, int year, String base, int baseYear,
                                   Set<Missing> missing) {
        try {
            converter.convert(BigDecimal.ONE, currency, year, base, baseYear);
        } catch (MissingRate e) {
            missing.add(new Missing(e.currency(), e.year()));
        }
    }

    /** Each missing figure in words, with the years for which the tables hold that figure. */
    List<String> describe(Set<Missing> missing) {
        List<String> items = new ArrayList<>();
        for (Missing m : missing) {
            if (m.currency() == null) {
                items.add("no US price index (CPI-U) for " + m.year() + "; the index exists for "
                        + ranges(tables.indexes().stream().map(PriceIndexEntry::year).toList()));
            } else {
                List<Integer> years = tables.rates(m.currency(), null).stream().map(ExchangeRateEntry::year).toList();
                items.add("no " + m.currency() + "→USD rate for " + m.year() + "; "
                        + (years.isEmpty() ? "the table has no " + m.currency() + " rate at all"
                        : "rates exist for " + ranges(years)));
            }
        }
        return items;
    }

    /** Refuses with every missing figure named, and the years for which the tables hold that figure. */
    MissingInputs refusal(Set<Missing> missing, int baseYear) {
        return new MissingInputs("The ledger in prices of " + baseYear + " needs figures the exchange-rate and price-index"
                + " tables do not hold, so it is not computed (nothing is counted as zero). Add them to the tables,"
                + " choose years that have them, or change the value of what is priced in a year without them",
                describe(missing));
    }

    /** Years as ranges, e.g. "2012–2015, 2017–2023". */
    static String ranges(List<Integer> years) {
        List<Integer> sorted = years.stream().distinct().sorted().toList();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sorted.size(); i++) {
            int from = sorted.get(i);
            while (i + 1 < sorted.size() && sorted.get(i + 1) == sorted.get(i) + 1) {
                i++;
            }
            int to = sorted.get(i);
            text.append(text.isEmpty() ? "" : ", ").append(from == to ? String.valueOf(from) : from + "–" + to);
        }
        return text.isEmpty() ? "no year" : text.toString();
    }
}
