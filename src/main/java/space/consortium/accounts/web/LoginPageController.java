package space.consortium.accounts.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import space.consortium.accounts.AccountService;

/** The sign-in page; Spring Security handles its POST, the throttling and sign-out. */
@Controller
class LoginPageController {

    private final AccountService accounts;

    LoginPageController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("noUsers", accounts.count() == 0);
        return "accounts/login";
    }
}
