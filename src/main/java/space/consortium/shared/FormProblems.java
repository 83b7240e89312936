package space.consortium.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The one adapter from validation problems ({@link InvalidInput}, {@link Problems}, Bean Validation) to a page, so a
 * template shows each message beside its field.
 *
 * <p>A page with a form object puts them on its {@link BindingResult} ({@link #reject(InvalidInput, BindingResult,
 * UnaryOperator)}; the template uses {@code th:errors}). A page that reads request parameters puts an instance on the
 * model; the template asks {@code ${errors.of('days')}} for one field and iterates {@code ${errors}} (each a
 * {@link InvalidInput.FieldProblem} with {@code field} and {@code message}) for the summary. In both, a request's field
 * path ({@code requirements[2].minMaturity}) is mapped to the form's field name by a function the page gives; a
 * problem whose field the form does not have (the function answers "") stays in the summary with its path.
 */
public final class FormProblems implements Iterable<InvalidInput.FieldProblem> {

    private final Map<String, String> byField = new LinkedHashMap<>();

    /** Problems of a form that reads parameters; see {@link #add}. */
    public FormProblems() {
    }

    /** The problems of a rejected request, named by the request's field paths. */
    public static FormProblems of(InvalidInput e) {
        return new FormProblems().addAll(e);
    }

    /** Adds a problem of a form field; a second, different message of the same field is joined to the first. */
    public FormProblems add(String field, String message) {
        byField.merge(field, message, (a, b) -> a.equals(b) || a.contains("; " + b) ? a : a + "; " + b);
        return this;
    }

    /** Adds every problem, under its own field path. */
    public FormProblems addAll(InvalidInput e) {
        return addAll(e, UnaryOperator.identity());
    }

    /** Adds every problem, under the form field {@code fieldOf} gives for its path (its path when that is ""). */
    public FormProblems addAll(InvalidInput e, UnaryOperator<String> fieldOf) {
        for (InvalidInput.FieldProblem p : e.problems()) {
            String field = fieldOf.apply(p.field());
            add(field.isEmpty() ? p.field() : field, p.message());
        }
        return this;
    }

    /**
     * Adds the binding failures of a form (a value that could not be converted, text {@link TextHygiene} refuses) and
     * its field errors, under the form's field names. A conversion failure is said in plain words, never with the
     * converter's message (which names Java types).
     */
    public FormProblems addAll(BindingResult binding) {
        for (FieldError f : binding.getFieldErrors()) {
            add(f.getField(), message(f));
        }
        binding.getGlobalErrors().forEach(g -> add(g.getObjectName(), String.valueOf(g.getDefaultMessage())));
        return this;
    }

    private static String message(FieldError f) {
        if (!f.isBindingFailure()) {
            return String.valueOf(f.getDefaultMessage());
        }
        if (f.getRejectedValue() instanceof String text && TextHygiene.problem(text).isPresent()) {
            return TextHygiene.problem(text).get();
        }
        return "'" + f.getRejectedValue() + "' is not a valid value";
    }

    /** The message of a field, or null when it has none (templates: {@code ${errors.of('days')}}). */
    public @Nullable String of(String field) {
        return byField.get(field);
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    /** Every problem, in the order found. */
    public List<InvalidInput.FieldProblem> all() {
        List<InvalidInput.FieldProblem> all = new ArrayList<>();
        byField.forEach((field, message) -> all.add(new InvalidInput.FieldProblem(field, message)));
        return all;
    }

    @Override
    public Iterator<InvalidInput.FieldProblem> iterator() {
        return all().iterator();
    }

    /** The problems as one {@link InvalidInput} (for a page that hands them on, e.g. in a redirect's message). */
    public void throwIfAny() {
        if (!isEmpty()) {
            throw new InvalidInput(all());
        }
    }

    /**
     * Puts every problem on a form's binding result beside its field: {@code fieldOf} maps a request's field path to
     * the form's property ("" when the form has none: then a global error that names the path). A field that already
     * has an error (from binding) keeps it.
     */
    public static void reject(InvalidInput e, BindingResult binding, UnaryOperator<String> fieldOf) {
        reject(e.problems(), binding, fieldOf);
    }

    /**
     * Checks a request a form built against its own Bean Validation rules and puts what is broken beside the form's
     * fields ({@code prefix} + the request's path, mapped by {@code fieldOf}); true when neither the request nor the
     * form's binding has a problem.
     */
    public static boolean check(Validator validator, Object request, BindingResult binding, String prefix,
                                UnaryOperator<String> fieldOf) {
        rejectViolations(validator.validate(request), binding, path -> fieldOf.apply(prefix + path));
        return !binding.hasErrors();
    }

    /** {@link #reject(InvalidInput, BindingResult, UnaryOperator)} for problems Bean Validation found in a request. */
    public static void rejectViolations(Collection<? extends ConstraintViolation<?>> violations, BindingResult binding,
                                        UnaryOperator<String> fieldOf) {
        List<InvalidInput.FieldProblem> problems = new ArrayList<>();
        violations.forEach(v -> problems.add(new InvalidInput.FieldProblem(v.getPropertyPath().toString(), v.getMessage())));
        reject(problems, binding, fieldOf);
    }

    private static void reject(List<InvalidInput.FieldProblem> problems, BindingResult binding,
                               UnaryOperator<String> fieldOf) {
        for (InvalidInput.FieldProblem p : problems) {
            String field = fieldOf.apply(p.field());
            if (field.isEmpty()) {
                binding.reject("invalid", p.field() + " " + p.message());
            } else if (!binding.hasFieldErrors(field)) {
                binding.rejectValue(field, "invalid", p.message());
            }
        }
    }
}
