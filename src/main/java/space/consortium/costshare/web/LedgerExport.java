package space.consortium.costshare.web;

import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import space.consortium.costshare.LedgerRequest;
import space.consortium.costshare.LedgerService;
import space.consortium.costshare.LedgerView;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.Table;
import space.consortium.shared.TableExport;

/**
 * A project's barter ledger as a file: the cost-sharing page's download buttons ({@code GET
 * /projects/{id}/cost-sharing/ledger?format=csv|xlsx} with the ledger form's parameters) and {@code GET
 * /api/projects/{id}/ledger?format=csv|xlsx} (or {@code Accept: text/csv}). One row per partner: share, obligation,
 * credit, balance, share of delivered and net position, each amount beside the ledger's currency.
 */
@RestController
class LedgerExport {

    private final LedgerService ledger;

    LedgerExport(LedgerService ledger) {
        this.ledger = ledger;
    }

    @GetMapping(path = {"/projects/{projectId}/cost-sharing/ledger", "/api/projects/{projectId}/ledger"},
            params = "format")
    @Operation(summary = "The ledger as CSV or a spreadsheet (format=csv|xlsx, or Accept: text/csv)",
            description = "The same parameters as the ledger; one row per partner, amounts beside their currency; the "
                    + "spreadsheet's second sheet lists the inputs.")
    ResponseEntity<byte[]> export(@PathVariable String projectId, @RequestParam String format,
                                  @RequestParam(required = false) @Nullable String table,
                                  @RequestParam(required = false) @Nullable List<BigDecimal> cost,
                                  @RequestParam(required = false) @Nullable String currency,
                                  @RequestParam(required = false) @Nullable List<Integer> year,
                                  @RequestParam(required = false) @Nullable String base,
                                  @RequestParam(required = false) @Nullable Integer baseYear) {
        TableExport.Format as = TableExport.Format.of(format);
        if (cost == null || cost.isEmpty()) {
            throw new InvalidInput("cost", "give the cost to share");
        }
        int baseYearOrDefault = baseYear == null ? ledger.defaultBaseYear(projectId, currency, base) : baseYear;
        List<Integer> years = year == null || year.isEmpty() ? List.of(baseYearOrDefault) : year;
        LedgerView view = ledger.ledger(projectId, new LedgerRequest(table, LedgerRequest.pair(cost, years),
                currency, base, baseYearOrDefault));
        return TableExport.download(table(view, cost, currency, years), as, "ledger-" + projectId);
    }

    static Table table(LedgerView view, List<BigDecimal> cost, @Nullable String currency, List<Integer> years) {
        String unit = view.currency() + " " + view.baseYear();
        Table.Builder table = Table.builder("Ledger of " + view.projectName())
                .column("Partner").column("Partner id").column("Share", "%")
                .column("Obligation", unit).column("Credit", unit).column("Balance", unit)
                .column("Share of delivered", unit).column("Net position", unit).column("Currency");
        for (LedgerView.PositionView p : view.positions()) {
            table.row(p.partnerName(), p.partnerId(), p.percent(), p.obligation(), p.credit(), p.balance(),
                    p.shareOfDelivered(), p.net(), view.currency());
        }
        table.input("Project", view.projectName());
        table.input("Share table", view.table().name());
        for (int i = 0; i < cost.size(); i++) {
            table.input("Cost to share" + (cost.size() > 1 ? " " + (i + 1) : ""), cost.get(i));
            table.input("Price year of the cost" + (cost.size() > 1 ? " " + (i + 1) : ""),
                    i < years.size() ? years.get(i) : null);
        }
        table.input("Currency of the cost", currency == null ? "USD" : currency);
        table.input("Ledger currency", view.currency());
        table.input("Ledger price year", view.baseYear());
        table.input("Total cost (" + unit + ")", view.cost());
        table.input("Delivered (" + unit + ")", view.delivered());
        table.input("Unfunded (" + unit + ")", view.unfunded());
        return table.build();
    }
}
