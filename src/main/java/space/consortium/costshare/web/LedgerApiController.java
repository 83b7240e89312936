package space.consortium.costshare.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import space.consortium.costshare.LedgerCredit;
import space.consortium.costshare.LedgerCreditRequest;
import space.consortium.costshare.LedgerRequest;
import space.consortium.costshare.LedgerService;
import space.consortium.costshare.LedgerView;

@RestController
@RequestMapping("/api/projects/{projectId}/ledger")
@Tag(name = "Ledger", description = "The barter ledger of a project: obligations from a share table, cash and in-kind "
        + "credits at agreed values, net positions that add up to zero and a settlement")
class LedgerApiController {

    private final LedgerService ledger;

    LedgerApiController(LedgerService ledger) {
        this.ledger = ledger;
    }

    @GetMapping
    @Operation(summary = "The ledger for a cost to share",
            description = "Obligation = share × cost (largest-remainder rounding, so obligations add up to the cost); "
                    + "net position = credit − share × delivered (adds up to zero); unfunded = cost − delivered. "
                    + "Give several periods by repeating cost and year (cost=…&year=2023&cost=…&year=2024).")
    LedgerView ledger(@PathVariable String projectId,
                      @Parameter(description = "share table id or name; default: the project's first")
                      @RequestParam(required = false) @Nullable String table,
                      @Parameter(description = "cost to share per period, in units of the currency (not millions)")
                      @RequestParam(required = false) @Nullable List<BigDecimal> cost,
                      @Parameter(description = "currency of the cost; default USD")
                      @RequestParam(required = false) @Nullable String currency,
                      @Parameter(description = "price year of each cost; default: the base year")
                      @RequestParam(required = false) @Nullable List<Integer> year,
                      @Parameter(description = "currency the ledger is kept in; default USD")
                      @RequestParam(required = false) @Nullable String base,
                      @Parameter(description = "price year the ledger is kept in; default: the latest year with a US CPI for which"
                              + " every rate the ledger needs exists (422 listing what is missing otherwise)")
                      @RequestParam(required = false) @Nullable Integer baseYear) {
        int baseYearOrDefault = baseYear == null ? ledger.defaultBaseYear(projectId, currency, base) : baseYear;
        List<Integer> years = year == null || year.isEmpty() ? List.of(baseYearOrDefault) : year;
        return ledger.ledger(projectId, new LedgerRequest(table, LedgerRequest.pair(cost, years),
                currency, base, baseYear));
    }

    @GetMapping("/credits")
    @Operation(summary = "The agreed credits stored for the project")
    List<LedgerCredit> credits(@PathVariable String projectId) {
        return ledger.credits(projectId);
    }

    @GetMapping("/credits/{creditId}")
    LedgerCredit credit(@PathVariable String projectId, @PathVariable long creditId) {
        return ledger.credit(projectId, creditId);
    }

    @PostMapping("/credits")
    @Operation(summary = "Store the agreed value of a delivery (optionally of one of the project's contributions)")
    ResponseEntity<LedgerCredit> add(@PathVariable String projectId, @RequestBody LedgerCreditRequest request) {
        LedgerCredit created = ledger.addCredit(projectId, request);
        return ResponseEntity.created(URI.create("/api/projects/" + projectId + "/ledger/credits/" + created.id()))
                .body(created);
    }

    @PutMapping("/credits/{creditId}")
    LedgerCredit update(@PathVariable String projectId, @PathVariable long creditId,
                        @RequestBody LedgerCreditRequest request) {
        return ledger.updateCredit(projectId, creditId, request);
    }

    @DeleteMapping("/credits/{creditId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String projectId, @PathVariable long creditId) {
        ledger.deleteCredit(projectId, creditId);
    }
}
