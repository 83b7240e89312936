package space.consortium.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.function.UnaryOperator;
import org.springframework.validation.BindingResult;

/**
 * Puts the problems of a request (its Bean Validation rules, then the service's {@link InvalidInput}) beside the
 * fields of the form that posted it, so that a form shows the API's own messages. {@code fieldOf} maps a request
 * field ({@code cost.amount}) to the form's ({@code costMillions}); an empty answer makes it a problem of the whole form.
 */
public final class FieldErrors {

    private FieldErrors() {
    }

    /** Checks the request against its own rules; true when it has none broken and the form had none either. */
    public static boolean check(Validator validator, Object request, BindingResult binding, String prefix,
                                UnaryOperator<String> fieldOf) {
        for (ConstraintViolation<Object> v : validator.validate(request)) {
            put(binding, prefix + v.getPropertyPath(), v.getMessage(), fieldOf);
        }
        return !binding.hasErrors();
    }

    /** The service's problems, each on its field. */
    public static void reject(InvalidInput e, BindingResult binding, UnaryOperator<String> fieldOf) {
        for (InvalidInput.FieldProblem p : e.problems()) {
            put(binding, p.field(), p.message(), fieldOf);
        }
    }

    private static void put(BindingResult binding, String requestField, String message, UnaryOperator<String> fieldOf) {
        String field = fieldOf.apply(requestField);
        if (field.isEmpty()) {
            binding.reject("invalid", requestField + " " + message);
        } else if (!binding.hasFieldErrors(field)) {
            binding.rejectValue(field, "invalid", message);
        }
    }
}
