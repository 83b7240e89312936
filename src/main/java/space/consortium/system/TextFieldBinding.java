package space.consortium.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import space.consortium.shared.TextHygiene;

/**
 * Every controller's binder (form fields of the pages, request parameters of pages and API) refuses unstorable text in
 * a {@code String}: a form shows it as an error of the field ({@code typeMismatch.java.lang.String} in
 * {@code messages.properties}), a parameter as a 400 naming it.
 */
@ControllerAdvice(annotations = Controller.class)
class TextFieldBinding {

    @InitBinder
    void refuseUnstorableText(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, TextHygiene.editor());
    }
}
