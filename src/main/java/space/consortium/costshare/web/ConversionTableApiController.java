package space.consortium.costshare.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import space.consortium.costshare.ConversionTableService;
import space.consortium.costshare.ExchangeRateEntry;
import space.consortium.costshare.ExchangeRateRequest;
import space.consortium.costshare.PriceIndexEntry;
import space.consortium.costshare.PriceIndexRequest;
import space.consortium.shared.PageRequest;
import space.consortium.shared.PageResult;

@RestController
@Tag(name = "Conversion tables", description = "Annual average exchange rates against the US dollar and the US CPI-U, "
        + "each figure with its source; the ledger converts money with them. Editable with optimistic locking.")
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

    private static <T> PageResult<T> page(List<T> all, int page, int size) {
        PageRequest request = PageRequest.of(page, size, "year");
        int from = (int) Math.min(request.offset(), all.size());
        int to = Math.min(from + size, all.size());
        return new PageResult<>(all.subList(from, to), page, size, all.size());
    }
}
