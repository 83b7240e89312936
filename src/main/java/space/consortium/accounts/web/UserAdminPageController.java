package space.consortium.accounts.web;

import java.util.Arrays;
import java.util.List;
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
import space.consortium.accounts.UserAccount;
import space.consortium.accounts.UserRequest;
import space.consortium.shared.Forbidden;
import space.consortium.shared.InUse;
import space.consortium.shared.InvalidInput;

/**
 * User management for admins (add, roles, deactivate) and coordinators (add a co-coordinator of their project, or
 * grant and withdraw the coordination of their project to an existing user).
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminPageController {

    private final AccountService accounts;
    private final Access access;

    UserAdminPageController(AccountService accounts, Access access) {
        this.accounts = accounts;
        this.access = access;
    }

    @GetMapping
    String list(Model model) {
        if (!access.isAdmin() && !access.isCoordinator()) {
            throw new Forbidden("User management is for administrators and project coordinators");
        }
        model.addAttribute("users", accounts.all());
        model.addAttribute("isAdmin", access.isAdmin());
        // names for the ids a user's roles hold: the table shows them, the forms offer them
        model.addAttribute("partnerNames", accounts.partnerNames());
        model.addAttribute("projectNames", accounts.projectNames());
        return "accounts/users";
    }

    @PostMapping
    String create(@RequestParam String username, @RequestParam String displayName, @RequestParam String password,
                  @RequestParam(defaultValue = "false") boolean admin,
                  @RequestParam(defaultValue = "") String partners,
                  @RequestParam(defaultValue = "") String coordinates, RedirectAttributes redirect) {
        try {
            UserAccount user = accounts.create(new UserRequest(username.trim(), displayName.trim(), password, admin,
                    split(partners), split(coordinates)));
            redirect.addFlashAttribute("flash", "User '" + user.username() + "' added as " + user.role()
                    + ". Give them their password through a safe channel; they can change it on their Account page.");
        } catch (InvalidInput | InUse e) {
            redirect.addFlashAttribute("userError", e.getMessage());
        }
        return "redirect:/admin/users";
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @RequestParam String displayName,
                  @RequestParam(defaultValue = "false") boolean admin,
                  @RequestParam(defaultValue = "") String partners,
                  @RequestParam(defaultValue = "") String coordinates,
                  @RequestParam(defaultValue = "") String password, RedirectAttributes redirect) {
        try {
            UserAccount user = accounts.update(id, new UserRequest(accounts.get(id).username(), displayName.trim(),
                    password.isEmpty() ? null : password, admin, split(partners), split(coordinates)));
            redirect.addFlashAttribute("flash", "User '" + user.username() + "' saved: " + user.role() + ".");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("userError", e.getMessage());
        }
        return "redirect:/admin/users";
    }

    @PostMapping("/{id}/active")
    String active(@PathVariable long id, @RequestParam boolean active, RedirectAttributes redirect) {
        UserAccount user = accounts.setActive(id, active);
        redirect.addFlashAttribute("flash", "User '" + user.username() + "' "
                + (active ? "reactivated." : "deactivated: they can no longer sign in, and their tokens fail."));
        return "redirect:/admin/users";
    }

    @PostMapping("/{id}/coordinator")
    String coordinator(@PathVariable long id, @RequestParam String project, @RequestParam boolean grant,
                       RedirectAttributes redirect) {
        try {
            UserAccount user = accounts.setCoordinator(id, project.trim(), grant);
            redirect.addFlashAttribute("flash", "User '" + user.username() + "' "
                    + (grant ? "now coordinates " : "no longer coordinates ") + project.trim() + ".");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("userError", e.getMessage());
        }
        return "redirect:/admin/users";
    }

    private static List<String> split(String list) {
        return Arrays.stream(list.split("[,\\s]+")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
