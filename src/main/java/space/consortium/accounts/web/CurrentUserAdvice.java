package space.consortium.accounts.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import space.consortium.accounts.Access;

/** Gives every page the signed-in user's name ({@code me}, null when anonymous) and {@code access} for the nav bar. */
@ControllerAdvice(annotations = Controller.class)
class CurrentUserAdvice {

    private final Access access;

    CurrentUserAdvice(Access access) {
        this.access = access;
    }

    @ModelAttribute("me")
    @Nullable String me() {
        return access.current().orElse(null);
    }

    @ModelAttribute("access")
    Access access() {
        return access;
    }
}
