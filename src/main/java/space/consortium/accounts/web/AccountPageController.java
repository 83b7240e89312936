package space.consortium.accounts.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import space.consortium.accounts.Access;
import space.consortium.accounts.AccountService;
import space.consortium.accounts.CreatedToken;
import space.consortium.accounts.TokenService;
import space.consortium.shared.InvalidInput;

/** The signed-in user's own page: roles, API tokens (create, shown once; revoke) and password. */
@Controller
@RequestMapping("/account")
class AccountPageController {

    private final AccountService accounts;
    private final TokenService tokens;
    private final Access access;

    AccountPageController(AccountService accounts, TokenService tokens, Access access) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.access = access;
    }

    @GetMapping
    String page(Model model) {
        String me = access.current().orElseThrow();
        model.addAttribute("user", accounts.find(me).orElse(null));
        model.addAttribute("partners", access.partners());
        model.addAttribute("tokens", tokens.mine());
        return "accounts/account";
    }

    @PostMapping("/tokens")
    String createToken(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "read") String scope,
                       Model model, RedirectAttributes redirect) {
        try {
            CreatedToken created = tokens.create(name, scope);
            redirect.addFlashAttribute("newToken", created.secret());
            redirect.addFlashAttribute("flash", "Token '" + created.token().name() + "' created. Copy it now: it is "
                    + "shown only once.");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("tokenError", e.getMessage());
        }
        return "redirect:/account";
    }

    @PostMapping("/tokens/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(id);
        redirect.addFlashAttribute("flash", "Token revoked: requests that present it now get 401.");
        return "redirect:/account";
    }

    @PostMapping("/password")
    String password(@RequestParam String current, @RequestParam String password, RedirectAttributes redirect) {
        try {
            accounts.changeOwnPassword(access.current().orElseThrow(), current, password);
            redirect.addFlashAttribute("flash", "Password changed.");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("passwordError", e.getMessage());
        }
        return "redirect:/account";
    }
}
