package space.consortium.system;

import java.net.URI;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import space.consortium.shared.AlreadyExists;
import space.consortium.shared.Forbidden;
import space.consortium.shared.InUse;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.JsonProblems;
import space.consortium.shared.MissingInputs;
import space.consortium.shared.NotFound;
import space.consortium.shared.OverLimit;
import space.consortium.shared.StaleVersion;
import space.consortium.shared.TextHygiene;
import tools.jackson.core.JacksonException;

/**
 * Maps every failure of a JSON API call, once, to an RFC 9457 {@code application/problem+json} response. Bad input
 * lists each offending field under {@code errors} as {@code {field, message}}.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrorHandling extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorHandling.class);
    private static final URI VALIDATION = URI.create("urn:consortium:problem:invalid-input");
    private static final URI OVER_LIMIT = URI.create("urn:consortium:problem:over-limit");

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalid(InvalidInput e) {
        return badInput("The request has invalid fields: " + e.getMessage(),
                e.problems().stream().map(p -> Map.of("field", p.field(), "message", p.message())).toList());
    }

    /** A computation over its caller's work limit: 422 naming the limit and the value (checked before it starts). */
    @ExceptionHandler(OverLimit.class)
    ProblemDetail overLimit(OverLimit e) {
        InvalidInput.FieldProblem p = e.problems().get(0);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, p.message());
        problem.setType(OVER_LIMIT);
        problem.setTitle("Over the work limit");
        problem.setProperty("field", p.field());
        problem.setProperty("quantity", e.quantity());
        problem.setProperty("value", e.value());
        problem.setProperty("limit", e.limit());
        problem.setProperty("errors", List.of(Map.of("field", p.field(), "message", p.message())));
        return problem;
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        problem.setProperty("entity", e.entity());
        problem.setProperty("id", e.id());
        return problem;
    }

    @ExceptionHandler(Forbidden.class)
    ProblemDetail forbidden(Forbidden e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("Forbidden");
        return problem;
    }

    @ExceptionHandler(StaleVersion.class)
    ProblemDetail stale(StaleVersion e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Stale version");
        return problem;
    }

    @ExceptionHandler(InUse.class)
    ProblemDetail inUse(InUse e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Conflict");
        return problem;
    }

    @ExceptionHandler(MissingInputs.class)
    ProblemDetail missingInputs(MissingInputs e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setTitle("Missing inputs");
        problem.setProperty("missing", e.missing());
        return problem;
    }

    @ExceptionHandler(AlreadyExists.class)
    ProblemDetail alreadyExists(AlreadyExists e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Already exists");
        problem.setProperty("existing", e.existing());
        return problem;
    }

    /**
     * A rule of the schema refused a write that no service check caught (a service names the record it conflicts
     * with itself, see {@code shared.UniqueKey}). The database's own text names tables, constraints and values: it
     * goes to the log for the operator, never to the client.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e) {
        log.warn("Database refused a write: {}", e.getMostSpecificCause().getMessage());
        String state = sqlState(e);
        if (state != null && state.startsWith("22")) {
            // SQL data exception: a value too long, out of range, or holding a character the database cannot store
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(badInput(
                    "The request has a value the database cannot store (too long, out of range or with a character"
                            + " it does not accept); nothing was changed",
                    List.of(Map.of("field", "body", "message", "has a value that is too long, out of range or holds a"
                            + " character the database does not accept"))));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e instanceof DuplicateKeyException
                ? "A record with the same key was stored at the same time; reload and try again (nothing was changed)"
                : "The change conflicts with stored data (a record it refers to is gone, or it is still referred to);"
                        + " reload and try again (nothing was changed)");
        problem.setTitle("Conflict");
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static @Nullable String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        if (e.getRequiredType() == String.class && e.getValue() instanceof String text
                && TextHygiene.problem(text).isPresent()) {
            String problem = TextHygiene.problem(text).get();
            return badInput("Parameter '" + e.getName() + "' " + problem,
                    List.of(Map.of("field", e.getName(), "message", problem)));
        }
        return badInput("Parameter '" + e.getName() + "' has an invalid value", List.of(Map.of("field", e.getName(),
                "message", "'" + e.getValue() + "' is not " + JsonProblems.expected(e.getRequiredType()))));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = List.of(Map.of("field", e.getParameterName(), "message", "is required"));
        return ResponseEntity.badRequest().body(badInput(summary(errors), errors));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldError f : e.getBindingResult().getFieldErrors()) {
            errors.add(Map.of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage())));
        }
        e.getBindingResult().getGlobalErrors().forEach(g ->
                errors.add(Map.of("field", g.getObjectName(), "message", String.valueOf(g.getDefaultMessage()))));
        return ResponseEntity.badRequest().body(badInput(summary(errors), errors));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
                errors.add(Map.of("field", String.valueOf(result.getMethodParameter().getParameterName()),
                        "message", String.valueOf(error.getDefaultMessage())))));
        return ResponseEntity.badRequest().body(badInput(summary(errors), errors));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        // the unknown fields noted before the body turned out unreadable are reported with the reason it is
        UnknownFields.take().forEach(p -> errors.add(Map.of("field", p.field(), "message", p.message())));
        JacksonException jackson = jackson(e);
        if (jackson != null) {
            JsonProblems.of(jackson).forEach(p -> errors.add(Map.of("field", p.field(), "message", p.message())));
        } else {
            errors.add(Map.of("field", "body", "message", "is missing or is not valid JSON"));
        }
        return ResponseEntity.badRequest().body(badInput(summary(errors), errors));
    }

    /** The reader's failure behind a body that could not be read (the outermost: it carries the field path). */
    private static @Nullable JacksonException jackson(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JacksonException jackson) {
                return jackson;
            }
        }
        return null;
    }

    /** What a JSON value of the type must look like, in the words of the API ({@link JsonProblems#expected}). */
    static String expected(@Nullable Class<?> type) {
        return JsonProblems.expected(type);
    }

    private static String summary(List<Map<String, String>> errors) {
        StringBuilder text = new StringBuilder("The request has invalid fields: ");
        for (int i = 0; i < errors.size(); i++) {
            text.append(i == 0 ? "" : "; ").append(errors.get(i).get("field")).append(' ').append(errors.get(i).get("message"));
        }
        return text.toString();
    }

    private static ProblemDetail badInput(String detail, List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setType(VALIDATION);
        problem.setTitle("Invalid input");
        problem.setProperty("errors", errors);
        return problem;
    }
}
