package space.consortium.costshare.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import space.consortium.costshare.ConversionTableService;
import space.consortium.costshare.ExchangeRateEntry;
import space.consortium.costshare.ExchangeRateRequest;
import space.consortium.costshare.PriceIndexEntry;
import space.consortium.costshare.PriceIndexRequest;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.PageRequest;
import space.consortium.shared.PageResult;

@RestController
@Tag(name = "Conversion tables", description = "Annual average exchange rates against the US dollar and the US CPI-U, "
        + "each figure with its source; the ledger converts money with them. Editable with optimistic locking; "
        + "a delete may carry the version last read (?version= or If-Match) and is then refused with 409 when stale.")
class ConversionTableApiController {

    private final ConversionTableService tables;

    ConversionTableApiController(ConversionTableService tables) {
        this.tables = tables;
    }

    @GetMapping("/api/exchange-rates")
    PageResult<ExchangeRateEntry> rates(@RequestParam(required = false) @Nullable String currency,
                                        @RequestParam(required = false) @Nullable Integer year,
                                        @RequestParam(defaultValue = "0") int page,
                                        @RequestParam(defaultValue = "100") int size) {
        return page(tables.rates(currency == null ? null : currency.trim().toUpperCase(Locale.ROOT), year), page, size);
    }

    @GetMapping("/api/exchange-rates/{currency}/{year}")
    ExchangeRateEntry rate(@PathVariable String currency, @PathVariable int year) {
        return tables.rate(currency.toUpperCase(Locale.ROOT), year);
    }

    @PutMapping("/api/exchange-rates/{currency}/{year}")
    @Operation(summary = "Add a rate (no version) or change one (with the version last read; 409 when stale)")
    ExchangeRateEntry putRate(@PathVariable String currency, @PathVariable int year,
                              @RequestBody ExchangeRateRequest request) {
        return tables.putRate(currency.toUpperCase(Locale.ROOT), year, request);
    }

    @DeleteMapping("/api/exchange-rates/{currency}/{year}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a rate (404 when none is stored; with the version last read, 409 when stale); "
            + "a ledger that needs it then names it as missing")
    void deleteRate(@PathVariable String currency, @PathVariable int year,
                    @RequestParam(required = false) @Nullable Long version,
                    @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        tables.deleteRate(currency.toUpperCase(Locale.ROOT), year, version(version, ifMatch));
    }

    @GetMapping("/api/price-index")
    PageResult<PriceIndexEntry> indexes(@RequestParam(defaultValue = "0") int page,
                                        @RequestParam(defaultValue = "100") int size) {
        return page(tables.indexes(), page, size);
    }

    @GetMapping("/api/price-index/{year}")
    PriceIndexEntry index(@PathVariable int year) {
        return tables.index(year);
    }

    @PutMapping("/api/price-index/{year}")
    @Operation(summary = "Add a CPI-U annual average (no version) or change one (with the version last read; 409 when stale)")
    PriceIndexEntry putIndex(@PathVariable int year, @RequestBody PriceIndexRequest request) {
        return tables.putIndex(year, request);
    }

    @DeleteMapping("/api/price-index/{year}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete the CPI-U annual average of a year (404 when none is stored; with the version last "
            + "read, 409 when stale)")
    void deleteIndex(@PathVariable int year, @RequestParam(required = false) @Nullable Long version,
                     @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        tables.deleteIndex(year, version(version, ifMatch));
    }

    /**
     * The version a delete expects: the {@code version} parameter or the {@code If-Match} header (the version number,
     * quoted or not, as in {@code If-Match: "3"}); null when neither is sent. {@code If-Match: *} means any version.
     */
    static @Nullable Long version(@Nullable Long param, @Nullable String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return param;
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "").trim();
        long header;
        try {
            header = Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new InvalidInput("If-Match", "must be the version last read (a whole number), got " + ifMatch.trim());
        }
        if (param != null && param != header) {
            throw new InvalidInput("version", "the version parameter (" + param + ") and If-Match (" + header
                    + ") disagree; send one of them");
        }
        return header;
    }

    private static <T> PageResult<T> page(List<T> all, int page, int size) {
        PageRequest request = PageRequest.of(page, size, "year");
        int from = (int) Math.min(request.offset(), all.size());
        int to = Math.min(from + size, all.size());
        return new PageResult<>(all.subList(from, to), page, size, all.size());
    }
}
