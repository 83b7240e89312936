package space.consortium.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;

/** The one collector: field paths of nested parts, every problem at once, and the one adapter to a page's form. */
class ProblemsTests {

    @Test
    void pathsJoinNamesWithDotsAndIndexesInBrackets() {
        assertThat(Problems.path("activities", 3, "duration", "min")).isEqualTo("activities[3].duration.min");
        assertThat(Problems.path("", "values.a+b")).isEqualTo("values.a+b");
        assertThat(Problems.path("orbiters", 0, "[1]")).isEqualTo("orbiters[0][1]");
    }

    @Test
    void viewsAddUnderTheirPathAndEveryProblemIsThrownTogether() {
        Problems problems = new Problems();
        Problems duration = problems.at("activities", 3).at("duration");
        duration.check(false, "min", "must be zero or more").check(true, "max", "never added");
        problems.add("targets.finish", "must be more than zero");
        problems.at("activities", 4).add("after[0]", "'Z' is not an activity");
        assertThat(duration.prefix()).isEqualTo("activities[3].duration");
        assertThatThrownBy(problems::throwIfAny).isInstanceOfSatisfying(InvalidInput.class, e ->
                assertThat(e.problems()).containsExactly(
                        new InvalidInput.FieldProblem("activities[3].duration.min", "must be zero or more"),
                        new InvalidInput.FieldProblem("targets.finish", "must be more than zero"),
                        new InvalidInput.FieldProblem("activities[4].after[0]", "'Z' is not an activity")));
        assertThatThrownBy(duration::throwIfAny).as("a view throws its parent's problems too")
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void aNestedCheckAddsItsProblemsUnderThePart() {
        Problems problems = new Problems();
        problems.at("landers", 1).addAll(new InvalidInput(List.of(new InvalidInput.FieldProblem("latDeg", "too big"))));
        assertThat(problems.problems()).containsExactly(new InvalidInput.FieldProblem("landers[1].latDeg", "too big"));
    }

    @Test
    void aFormShowsEachProblemBesideItsField() {
        InvalidInput e = new InvalidInput(List.of(new InvalidInput.FieldProblem("amount", "must be more than zero"),
                new InvalidInput.FieldProblem("amount", "is too large"),
                new InvalidInput.FieldProblem("rates[2]", "no rate for 1999")));
        FormProblems page = FormProblems.of(e);
        assertThat(page.of("amount")).isEqualTo("must be more than zero; is too large");
        assertThat(page.of("rates[2]")).isEqualTo("no rate for 1999");
        assertThat(page.of("currency")).isNull();
        assertThat(page.all()).hasSize(2);

        Form form = new Form();
        BeanPropertyBindingResult binding = new BeanPropertyBindingResult(form, "form");
        FormProblems.reject(e, binding, field -> field.equals("amount") ? "amountMillions" : "");
        assertThat(binding.getFieldError("amountMillions").getDefaultMessage()).isEqualTo("must be more than zero");
        assertThat(binding.getGlobalErrors()).singleElement()
                .satisfies(g -> assertThat(g.getDefaultMessage()).isEqualTo("rates[2] no rate for 1999"));
    }

    @Test
    void aConversionFailureOfAFormIsSaidWithoutJavaTypeNames() {
        BeanPropertyBindingResult binding = new BeanPropertyBindingResult(new Form(), "form");
        binding.addError(new org.springframework.validation.FieldError("form", "amountMillions", "abc", true,
                new String[] {"typeMismatch"}, null, "Failed to convert value of type 'java.lang.String' to 'double'"));
        binding.addError(new org.springframework.validation.FieldError("form", "description", "a\u0000b", true,
                new String[] {"typeMismatch"}, null, "java.lang.IllegalArgumentException"));
        FormProblems page = new FormProblems().addAll(binding);
        assertThat(page.of("amountMillions")).isEqualTo("'abc' is not a valid value");
        assertThat(page.of("description")).startsWith("contains the control character U+0000 (NUL) at position 2");
    }

    /** A form bean for the binding result. */
    public static final class Form {
        private String amountMillions = "";

        public String getAmountMillions() {
            return amountMillions;
        }

        public void setAmountMillions(String amountMillions) {
            this.amountMillions = amountMillions;
        }
    }
}
