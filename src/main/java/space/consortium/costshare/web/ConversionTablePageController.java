package space.consortium.costshare.web;

import static space.consortium.shared.Difference.text;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import space.consortium.accounts.Access;
import space.consortium.costshare.ConversionTableService;
import space.consortium.costshare.ExchangeRateEntry;
import space.consortium.costshare.PriceIndexEntry;
import space.consortium.costshare.web.ConversionTableForms.IndexForm;
import space.consortium.costshare.web.ConversionTableForms.RateForm;
import space.consortium.shared.DeletePage;
import space.consortium.shared.Difference;
import space.consortium.shared.FormProblems;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.Money;
import space.consortium.shared.StaleVersion;

/**
 * The exchange-rate and price-index tables as a page, and the forms that add and change their figures (admins only,
 * as the API's {@code PUT /api/exchange-rates/{currency}/{year}} and {@code PUT /api/price-index/{year}}). Bad input
 * re-renders the form with the service's messages beside their fields (HTTP 400); an edit of a figure someone else
 * changed meanwhile shows theirs beside yours (HTTP 409). A figure is deleted after the shared confirmation page
 * ({@code templates/delete.html}), as {@code DELETE} on the same API addresses does.
 */
@Controller
class ConversionTablePageController {

    private static final String RATE_FORM = "costshare/rate-form";
    private static final String INDEX_FORM = "costshare/index-form";
    private static final String CHANGED_MEANWHILE =
            "Someone changed it while you were deciding; look at it again before deleting it.";

    private final ConversionTableService tables;
    private final Access access;

    ConversionTablePageController(ConversionTableService tables, Access access) {
        this.tables = tables;
        this.access = access;
    }

    @GetMapping("/conversion-tables")
    String list(Model model) {
        model.addAttribute("rates", tables.rates(null, null));
        model.addAttribute("indexes", tables.indexes());
        return "costshare/conversion-tables";
    }

    @GetMapping("/conversion-tables/exchange-rates/new")
    String newRate(Model model) {
        access.checkAdmin();
        return rateForm(null, new RateForm(), model);
    }

    @PostMapping("/conversion-tables/exchange-rates/new")
    String createRate(@ModelAttribute("form") RateForm form, BindingResult binding, Model model,
                      RedirectAttributes redirect, HttpServletResponse response) {
        access.checkAdmin();
        form.setVersion(null);
        String currency = form.currencyCode();
        if (form.getYear() == null && !binding.hasFieldErrors("year")) {
            binding.rejectValue("year", "invalid", "must be between 1900 and 2100");
        }
        if (!binding.hasErrors() && tables.rates(currency, form.getYear()).stream().anyMatch(r -> r.currency().equals(currency))) {
            binding.rejectValue("currency", "exists", "a rate for " + currency + " in " + form.getYear()
                    + " is already stored; edit it instead");
        }
        if (!binding.hasErrors()) {
            try {
                ExchangeRateEntry saved = tables.putRate(currency, form.getYear(), form.toRequest());
                redirect.addFlashAttribute("flash", "Added the " + saved.currency() + " rate of " + saved.year() + ".");
                return "redirect:/conversion-tables";
            } catch (InvalidInput e) {
                FormProblems.reject(e, binding, RateForm::fieldOf);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return rateForm(null, form, model);
    }

    @GetMapping("/conversion-tables/exchange-rates/{currency}/{year}/edit")
    String editRate(@PathVariable String currency, @PathVariable int year, Model model) {
        access.checkAdmin();
        ExchangeRateEntry stored = tables.rate(currency.toUpperCase(Locale.ROOT), year);
        return rateForm(stored, RateForm.of(stored), model);
    }

    @PostMapping("/conversion-tables/exchange-rates/{currency}/{year}/edit")
    String updateRate(@PathVariable String currency, @PathVariable int year, @ModelAttribute("form") RateForm form,
                      BindingResult binding, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        access.checkAdmin();
        ExchangeRateEntry stored = tables.rate(currency.toUpperCase(Locale.ROOT), year);
        form.setCurrency(stored.currency());
        form.setYear(stored.year());
        if (!binding.hasErrors()) {
            try {
                tables.putRate(stored.currency(), year, form.toRequest());
                redirect.addFlashAttribute("flash", "Saved the " + stored.currency() + " rate of " + year + ".");
                return "redirect:/conversion-tables";
            } catch (InvalidInput e) {
                FormProblems.reject(e, binding, RateForm::fieldOf);
            } catch (StaleVersion e) {
                response.setStatus(HttpStatus.CONFLICT.value());
                ExchangeRateEntry theirs = tables.rate(stored.currency(), year);
                model.addAttribute("stale", theirs);
                model.addAttribute("differences", List.of(
                        new Difference("Rate", theirs.rate().toPlainString(), text(form.getRate())),
                        new Difference("Quote", theirs.quote(), text(form.getQuote())),
                        new Difference("Source", theirs.sourceUrl(), text(form.getSourceUrl()))));
                form.setVersion(theirs.version());
                return rateForm(theirs, form, model);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return rateForm(stored, form, model);
    }

    @GetMapping("/conversion-tables/price-index/new")
    String newIndex(Model model) {
        access.checkAdmin();
        return indexForm(null, new IndexForm(), model);
    }

    @PostMapping("/conversion-tables/price-index/new")
    String createIndex(@ModelAttribute("form") IndexForm form, BindingResult binding, Model model,
                       RedirectAttributes redirect, HttpServletResponse response) {
        access.checkAdmin();
        form.setVersion(null);
        if (form.getYear() == null && !binding.hasFieldErrors("year")) {
            binding.rejectValue("year", "invalid", "must be between 1900 and 2100");
        }
        if (!binding.hasErrors() && tables.indexes().stream().anyMatch(i -> i.year() == form.getYear())) {
            binding.rejectValue("year", "exists", "a price index for " + form.getYear()
                    + " is already stored; edit it instead");
        }
        if (!binding.hasErrors()) {
            try {
                PriceIndexEntry saved = tables.putIndex(form.getYear(), form.toRequest());
                redirect.addFlashAttribute("flash", "Added the price index of " + saved.year() + ".");
                return "redirect:/conversion-tables";
            } catch (InvalidInput e) {
                FormProblems.reject(e, binding, IndexForm::fieldOf);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return indexForm(null, form, model);
    }

    @GetMapping("/conversion-tables/price-index/{year}/edit")
    String editIndex(@PathVariable int year, Model model) {
        access.checkAdmin();
        PriceIndexEntry stored = tables.index(year);
        return indexForm(stored, IndexForm.of(stored), model);
    }

    @PostMapping("/conversion-tables/price-index/{year}/edit")
    String updateIndex(@PathVariable int year, @ModelAttribute("form") IndexForm form, BindingResult binding,
                       Model model, RedirectAttributes redirect, HttpServletResponse response) {
        access.checkAdmin();
        PriceIndexEntry stored = tables.index(year);
        form.setYear(year);
        if (!binding.hasErrors()) {
            try {
                tables.putIndex(year, form.toRequest());
                redirect.addFlashAttribute("flash", "Saved the price index of " + year + ".");
                return "redirect:/conversion-tables";
            } catch (InvalidInput e) {
                FormProblems.reject(e, binding, IndexForm::fieldOf);
            } catch (StaleVersion e) {
                response.setStatus(HttpStatus.CONFLICT.value());
                PriceIndexEntry theirs = tables.index(year);
                model.addAttribute("stale", theirs);
                model.addAttribute("differences", List.of(
                        new Difference("CPI-U", theirs.value().toPlainString(), text(form.getValue())),
                        new Difference("Source", theirs.sourceUrl(), text(form.getSourceUrl()))));
                form.setVersion(theirs.version());
                return indexForm(theirs, form, model);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return indexForm(stored, form, model);
    }

    @GetMapping("/conversion-tables/exchange-rates/{currency}/{year}/delete")
    String confirmDeleteRate(@PathVariable String currency, @PathVariable int year, Model model) {
        access.checkAdmin();
        model.addAttribute("deletion", deletion(tables.rate(currency.toUpperCase(Locale.ROOT), year)));
        return "delete";
    }

    @PostMapping("/conversion-tables/exchange-rates/{currency}/{year}/delete")
    String deleteRate(@PathVariable String currency, @PathVariable int year, Model model, RedirectAttributes redirect,
                      HttpServletResponse response) {
        access.checkAdmin();
        ExchangeRateEntry stored = tables.rate(currency.toUpperCase(Locale.ROOT), year);
        try {
            tables.deleteRate(stored.currency(), year, stored.version());
        } catch (StaleVersion e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("deletion", deletion(stored).refusedBecause(CHANGED_MEANWHILE));
            return "delete";
        }
        redirect.addFlashAttribute("flash", "Deleted the " + stored.currency() + " rate of " + year + ".");
        return "redirect:/conversion-tables";
    }

    @GetMapping("/conversion-tables/price-index/{year}/delete")
    String confirmDeleteIndex(@PathVariable int year, Model model) {
        access.checkAdmin();
        model.addAttribute("deletion", deletion(tables.index(year)));
        return "delete";
    }

    @PostMapping("/conversion-tables/price-index/{year}/delete")
    String deleteIndex(@PathVariable int year, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        access.checkAdmin();
        PriceIndexEntry stored = tables.index(year);
        try {
            tables.deleteIndex(year, stored.version());
        } catch (StaleVersion e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("deletion", deletion(stored).refusedBecause(CHANGED_MEANWHILE));
            return "delete";
        }
        redirect.addFlashAttribute("flash", "Deleted the price index of " + year + ".");
        return "redirect:/conversion-tables";
    }

    private static DeletePage deletion(ExchangeRateEntry r) {
        String path = "/conversion-tables/exchange-rates/" + r.currency() + "/" + r.year();
        String quoted = r.quote().equals("usd_per_unit") ? "US dollars per " + r.currency()
                : r.currency() + " per US dollar";
        return new DeletePage("about", "exchange rate", r.currency() + " " + r.year(), "Exchange rates and price index",
                "/conversion-tables", "Exchange rates", "/conversion-tables#rates-title", path + "/delete",
                "The " + r.currency() + " rate of " + r.year() + " (" + r.rate().toPlainString() + " " + quoted
                        + ") is removed. A ledger that needs it then names it as missing instead of converting; the "
                        + "audit trail keeps a copy. Add it again with “Add exchange rate”.", null);
    }

    private static DeletePage deletion(PriceIndexEntry p) {
        return new DeletePage("about", "price index", "CPI-U " + p.year(), "Exchange rates and price index",
                "/conversion-tables", "US price index (CPI-U)", "/conversion-tables#indexes-title",
                "/conversion-tables/price-index/" + p.year() + "/delete",
                "The CPI-U annual average of " + p.year() + " (" + p.value().toPlainString() + ") is removed. Money of "
                        + p.year() + " can then not be converted to another year until it is added again; the "
                        + "audit trail keeps a copy.", null);
    }

    private String rateForm(@Nullable ExchangeRateEntry editing, RateForm form, Model model) {
        model.addAttribute("editing", editing);
        model.addAttribute("form", form);
        model.addAttribute("currencies", Money.CURRENCIES.stream().filter(c -> !c.equals("USD")).sorted().toList());
        return RATE_FORM;
    }

    private String indexForm(@Nullable PriceIndexEntry editing, IndexForm form, Model model) {
        model.addAttribute("editing", editing);
        model.addAttribute("form", form);
        return INDEX_FORM;
    }
}
