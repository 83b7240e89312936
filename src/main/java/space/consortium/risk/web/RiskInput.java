package space.consortium.risk.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.JsonInput;
import space.consortium.shared.Problems;
import tools.jackson.databind.JsonNode;

/**
 * A risk API body read with every problem at once, each named by its field path: values of the wrong type and unknown
 * fields (read by {@link JsonInput#convert}, which goes past the first), the request record's constraints (Bean
 * Validation: required fields, 1 to 5, ...) with the caller's own checks, and the register's checks (a known partner,
 * domain, disposition, ...). A problem found at a path already named is a consequence and left out (a wrong-typed
 * likelihood is not "required" as well; a missing domain is not "one of ..." as well).
 */
final class RiskInput {

    private RiskInput() {
    }

    /**
     * The body as a {@code type}, checked.
     *
     * @param own   the caller's own checks of the request (e.g. an update's version), reported with the constraints
     * @param check the service's checks (e.g. {@code RiskService.check}), which throw {@link InvalidInput}
     * @throws InvalidInput naming every problem of the body
     */
    static <T> T read(JsonNode body, Class<T> type, Validator validator, BiConsumer<T, Problems> own,
                      Consumer<T> check) {
        Problems reading = new Problems();
        T request = JsonInput.body(body, type, reading);
        List<InvalidInput.FieldProblem> constraints = new ArrayList<>();
        for (ConstraintViolation<T> v : validator.validate(request)) {
            String field = v.getPropertyPath().toString();
            constraints.add(new InvalidInput.FieldProblem(field.isEmpty() ? "body" : field, v.getMessage()));
        }
        constraints.sort(Comparator.comparing(InvalidInput.FieldProblem::field));
        Problems ownProblems = new Problems();
        own.accept(request, ownProblems);
        constraints.addAll(ownProblems.problems());
        List<InvalidInput.FieldProblem> all = JsonInput.merge(reading.problems(), constraints);
        try {
            check.accept(request);
        } catch (InvalidInput e) {
            all = JsonInput.merge(all, e.problems());
        }
        if (!all.isEmpty()) {
            throw new InvalidInput(all);
        }
        return request;
    }
}
