package space.consortium.system.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import space.consortium.shared.Forbidden;
import space.consortium.shared.InUse;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.NotFound;
import space.consortium.shared.StaleVersion;

/**
 * Renders failures of page requests as pages ({@code templates/error/404.html}, {@code 4xx.html}, {@code 500.html}).
 * JSON API controllers are left to {@code ApiErrorHandling}: an exception it does not map is rethrown here untouched,
 * so the API keeps answering with problem details, never with HTML.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(PageErrorHandling.class);

    @ExceptionHandler(NotFound.class)
    String notFound(NotFound e, HandlerMethod handler, HttpServletRequest request, HttpServletResponse response,
                    Model model) throws NotFound {
        return page(e, handler, HttpStatus.NOT_FOUND, e.getMessage(), request, response, model);
    }

    @ExceptionHandler(Forbidden.class)
    String forbidden(Forbidden e, HandlerMethod handler, HttpServletRequest request, HttpServletResponse response,
                     Model model) throws Forbidden {
        return page(e, handler, HttpStatus.FORBIDDEN, e.getMessage(), request, response, model);
    }

    @ExceptionHandler({InvalidInput.class, MethodArgumentTypeMismatchException.class})
    String badRequest(Exception e, HandlerMethod handler, HttpServletRequest request, HttpServletResponse response,
                      Model model) throws Exception {
        String message = e instanceof MethodArgumentTypeMismatchException m
                ? "The parameter '" + m.getName() + "' has an invalid value: '" + m.getValue() + "'"
                : "The request has an invalid parameter: " + e.getMessage();
        return page(e, handler, HttpStatus.BAD_REQUEST, message, request, response, model);
    }

    /** A duplicate key, a stale version or a change refused by a rule of the schema (whose text stays in the log). */
    @ExceptionHandler({InUse.class, StaleVersion.class, DataIntegrityViolationException.class})
    String conflict(Exception e, HandlerMethod handler, HttpServletRequest request, HttpServletResponse response,
                    Model model) throws Exception {
        String message = e instanceof DataIntegrityViolationException
                ? "The change conflicts with stored data (someone changed it at the same time, or it is still in use);"
                        + " nothing was changed. Reload and try again."
                : e.getMessage();
        if (e instanceof DataIntegrityViolationException && !isApi(handler)) {
            log.warn("Page {}: database refused a write: {}", request.getRequestURI(),
                    ((DataIntegrityViolationException) e).getMostSpecificCause().getMessage());
        }
        return page(e, handler, HttpStatus.CONFLICT, message, request, response, model);
    }

    @ExceptionHandler(Exception.class)
    String other(Exception e, HandlerMethod handler, HttpServletRequest request, HttpServletResponse response,
                 Model model) throws Exception {
        if (e instanceof ErrorResponse known && !known.getStatusCode().is5xxServerError()) {
            HttpStatus status = HttpStatus.valueOf(known.getStatusCode().value());
            return page(e, handler, status, known.getBody().getDetail(), request, response, model);
        }
        if (!isApi(handler)) {
            log.error("Page {} failed", request.getRequestURI(), e);
        }
        return page(e, handler, HttpStatus.INTERNAL_SERVER_ERROR, null, request, response, model);
    }

    private static <E extends Exception> String page(E e, HandlerMethod handler, HttpStatus status,
                                                     @org.jspecify.annotations.Nullable String message,
                                                     HttpServletRequest request, HttpServletResponse response,
                                                     Model model) throws E {
        if (isApi(handler)) {
            throw e;
        }
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("error", status.getReasonPhrase());
        model.addAttribute("message", message);
        model.addAttribute("path", request.getRequestURI());
        if (status == HttpStatus.NOT_FOUND) {
            return "error/404";
        }
        return status.is4xxClientError() ? "error/4xx" : "error/500";
    }

    /** True for a JSON controller (a {@code @RestController} or a {@code @ResponseBody} method). */
    private static boolean isApi(HandlerMethod handler) {
        return AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class)
                || handler.hasMethodAnnotation(ResponseBody.class);
    }
}
