package space.consortium.costshare;

import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import space.consortium.accounts.Access;
import space.consortium.accounts.AuditTrail;
import space.consortium.costshare.engine.CurrencyConverter;
import space.consortium.costshare.engine.ExchangeRate;
import space.consortium.costshare.engine.PriceIndex;
import space.consortium.shared.Csv;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.Money;
import space.consortium.shared.NotFound;
import space.consortium.shared.Problems;
import space.consortium.shared.StaleVersion;

/**
 * The editable tables that convert money between currencies and price years: annual average exchange rates against
 * the US dollar and the US CPI-U. They ship as CSV files with their sources ({@code classpath:costshare/}) and are
 * loaded into an empty database on first start.
 */
@Service
@Transactional(readOnly = true)
public class ConversionTableService implements space.consortium.shared.SourcedTables {

    static final String RATES_FILE = "costshare/exchange_rates.csv";
    static final String INDEX_FILE = "costshare/us_inflation.csv";

    private final ConversionTableRepository tables;
    private final Access access;
    private final AuditTrail audit;

    ConversionTableService(ConversionTableRepository tables, Access access, AuditTrail audit) {
        this.tables = tables;
        this.access = access;
        this.audit = audit;
    }

    /** The exchange-rate and price-index tables as stored, for "About the data". */
    @Override
    public List<Table> sourcedTables() {
        List<ExchangeRateEntry> rates = tables.rates(null, null);
        List<PriceIndexEntry> indexes = tables.indexes();
        return List.of(
                new Table("exchange rates", rates.size(), rates.stream().map(ExchangeRateEntry::sourceUrl).toList()),
                new Table("US price index (CPI-U)", indexes.size(),
                        indexes.stream().map(PriceIndexEntry::sourceUrl).toList()));
    }

    public List<ExchangeRateEntry> rates(@Nullable String currency, @Nullable Integer year) {
        return tables.rates(currency, year);
    }

    public ExchangeRateEntry rate(String currency, int year) {
        return tables.rate(currency, year).orElseThrow(() -> new NotFound("exchange rate", currency + "/" + year));
    }

    public List<PriceIndexEntry> indexes() {
        return tables.indexes();
    }

    public PriceIndexEntry index(int year) {
        return tables.index(year).orElseThrow(() -> new NotFound("price index", year));
    }

    /** The latest year with a price index, the default base year; null when the table is empty. */
    public @Nullable Integer latestIndexYear() {
        List<PriceIndexEntry> all = tables.indexes();
        return all.isEmpty() ? null : all.get(all.size() - 1).year();
    }

    /** A converter over the tables as they are now. */
    public CurrencyConverter converter() {
        return new CurrencyConverter(
                tables.rates(null, null).stream().map(r -> new ExchangeRate(r.currency(), r.year(), r.rate(),
                        ExchangeRate.Quote.valueOf(r.quote().toUpperCase(java.util.Locale.ROOT)), r.sourceUrl())).toList(),
                tables.indexes().stream().map(p -> new PriceIndex(p.year(), p.value(), p.sourceUrl())).toList());
    }

    /**
     * Adds the rate when none is stored for the currency and year (the request carries no version), or changes the
     * stored one (the request carries the version last read).
     *
     * @throws StaleVersion when someone changed the rate since that version was read
     */
    @Transactional
    public ExchangeRateEntry putRate(String currency, int year, ExchangeRateRequest r) {
        access.checkAdmin();
        Problems problems = new Problems();
        problems.check(Money.CURRENCIES.contains(currency), "currency",
                "unknown currency '" + currency + "', expected one of " + Money.CURRENCIES.stream().sorted().toList());
        problems.check(!currency.equals(CurrencyConverter.USD), "currency",
                "USD is the reference currency of the table; its rate is 1 by definition");
        checkYear(problems, year);
        problems.check(r.rate() != null && r.rate().signum() > 0, "rate", "must be a number more than zero");
        problems.check(r.quote() != null && ExchangeRate.Quote.of(r.quote()) != null, "quote",
                "must be 'units_per_usd' (e.g. yen per dollar) or 'usd_per_unit' (e.g. dollars per euro)");
        checkSource(problems, r.sourceUrl());
        problems.throwIfAny();
        var stored = tables.rate(currency, year);
        if (stored.isEmpty()) {
            if (r.version() != null) {
                throw new InvalidInput("version", "no rate is stored for " + currency + " in " + year
                        + "; leave the version out to add it");
            }
            tables.insertRate(currency, year, r);
        } else {
            long version = requireVersion(r.version());
            if (tables.updateRate(currency, year, version, r) == 0) {
                throw new StaleVersion("exchange rate", currency + "/" + year, version);
            }
        }
        ExchangeRateEntry after = rate(currency, year);
        if (stored.isEmpty()) {
            audit.created("exchange-rate", currency + "/" + year, null, null, after);
        } else {
            audit.updated("exchange-rate", currency + "/" + year, null, null, stored.get(), after);
        }
        return after;
    }

    /** Adds or changes the CPI-U annual average of a year, like {@link #putRate}. */
    @Transactional
    public PriceIndexEntry putIndex(int year, PriceIndexRequest r) {
        access.checkAdmin();
        Problems problems = new Problems();
        checkYear(problems, year);
        problems.check(r.value() != null && r.value().signum() > 0, "value", "must be a number more than zero");
        checkSource(problems, r.sourceUrl());
        problems.throwIfAny();
        var stored = tables.index(year);
        if (stored.isEmpty()) {
            if (r.version() != null) {
                throw new InvalidInput("version", "no price index is stored for " + year
                        + "; leave the version out to add it");
            }
            tables.insertIndex(year, r);
        } else {
            long version = requireVersion(r.version());
            if (tables.updateIndex(year, version, r) == 0) {
                throw new StaleVersion("price index", year, version);
            }
        }
        PriceIndexEntry after = index(year);
        if (stored.isEmpty()) {
            audit.created("price-index", year, null, null, after);
        } else {
            audit.updated("price-index", year, null, null, stored.get(), after);
        }
        return after;
    }

    /**
     * Removes a rate. A ledger that needs it then names it as missing instead of converting (never counting zero).
     *
     * @param version the version last read, or null to remove whatever is stored
     * @throws NotFound    when no rate is stored for the currency and year
     * @throws StaleVersion when the version is not the stored one (someone changed the rate since)
     */
    @Transactional
    public void deleteRate(String currency, int year, @Nullable Long version) {
        access.checkAdmin();
        ExchangeRateEntry stored = rate(currency, year);
        long expected = version == null ? stored.version() : version;
        if (tables.deleteRate(currency, year, expected) == 0) {
            throw new StaleVersion("exchange rate", currency + "/" + year, expected);
        }
        audit.deleted("exchange-rate", currency + "/" + year, null, null, stored);
    }

    /** Removes the CPI-U annual average of a year, like {@link #deleteRate}. */
    @Transactional
    public void deleteIndex(int year, @Nullable Long version) {
        access.checkAdmin();
        PriceIndexEntry stored = index(year);
        long expected = version == null ? stored.version() : version;
        if (tables.deleteIndex(year, expected) == 0) {
            throw new StaleVersion("price index", year, expected);
        }
        audit.deleted("price-index", year, null, null, stored);
    }

    /** Whether both tables are empty (a new database). */
    public boolean isEmpty() {
        return tables.rateCount() == 0 && tables.indexCount() == 0;
    }

    /**
     * Loads the shipped CSV files, all or nothing; a bad row rejects both files with its line named.
     *
     * @return rows loaded: exchange rates, then price indexes
     */
    @Transactional
    public int[] loadBundled() {
        Csv.Table rates = read(RATES_FILE);
        Csv.Table indexes = read(INDEX_FILE);
        Problems problems = new Problems();
        for (Csv.Row row : rates.rows()) {
            try {
                String currency = row.get("currency").orElse("");
                int year = Integer.parseInt(row.get("year").orElse(""));
                putRate(currency, year, new ExchangeRateRequest(new BigDecimal(row.get("rate").orElse("")),
                        row.getOrNull("quote"), row.getOrNull("source_url"), null));
            } catch (NumberFormatException | InvalidInput e) {
                problems.add(RATES_FILE + ":" + row.line(), e.getMessage() == null ? "not a number" : e.getMessage());
            }
        }
        for (Csv.Row row : indexes.rows()) {
            try {
                int year = Integer.parseInt(row.get("year").orElse(""));
                putIndex(year, new PriceIndexRequest(new BigDecimal(row.get("cpi_u").orElse("")),
                        row.getOrNull("source_url"), null));
            } catch (NumberFormatException | InvalidInput e) {
                problems.add(INDEX_FILE + ":" + row.line(), e.getMessage() == null ? "not a number" : e.getMessage());
            }
        }
        problems.throwIfAny();
        return new int[] {rates.rows().size(), indexes.rows().size()};
    }

    private static Csv.Table read(String path) {
        try (Reader reader = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
            return Csv.read(reader);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private static void checkYear(Problems problems, int year) {
        problems.check(year >= 1900 && year <= 2100, "year", "must be between 1900 and 2100, got " + year);
    }

    private static void checkSource(Problems problems, @Nullable String url) {
        problems.check(url != null && (url.startsWith("http://") || url.startsWith("https://")) && url.length() <= 1000,
                "sourceUrl", "give the http(s) address of the page that publishes the figure");
    }

    private static long requireVersion(@Nullable Long version) {
        if (version == null) {
            throw new InvalidInput("version", "is required to change a stored figure: send the version you last read");
        }
        return version;
    }
}
