package space.consortium.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdvice;
import space.consortium.shared.InvalidInput;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;

/**
 * An unknown field or a value of the wrong type does not hide a JSON API body's other problems: while an API body is
 * read, each unknown field is noted (with its path and the fields that are known there) and skipped, and each value
 * of the wrong type is noted and read as absent; once the body is read, these and every Bean Validation problem of the
 * body are reported together in one 400 (through
 * {@link InvalidInput}, mapped by {@link ApiErrorHandling}). Outside an API body read (the CLI, files, jobs) the mapper
 * still fails at the first unknown field, as {@code spring.jackson.deserialization.fail-on-unknown-properties} says.
 */
@ControllerAdvice(annotations = RestController.class)
class UnknownFields implements RequestBodyAdvice {

    private static final String ATTRIBUTE = UnknownFields.class.getName();

    private final Validator validator;

    UnknownFields(Validator validator) {
        this.validator = validator;
    }

    /** The problem handler that notes unknown fields while an API body is read, registered with the JSON mapper. */
    static DeserializationProblemHandler handler() {
        return new DeserializationProblemHandler() {
            @Override
            public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p,
                                                 ValueDeserializer<?> deserializer, Object beanOrClass,
                                                 String propertyName) throws JacksonException {
                List<InvalidInput.FieldProblem> noted = noted();
                if (noted == null) {
                    return false;
                }
                noted.add(new InvalidInput.FieldProblem(path(p, propertyName),
                        "is not a known field; known fields: " + known(deserializer)));
                p.skipChildren();
                return true;
            }

            @Override
            public @Nullable Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType,
                                                           String valueToConvert, String failureMsg) {
                return wrongType(ctxt.getParser(), targetType);
            }

            @Override
            public @Nullable Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType,
                                                           Number valueToConvert, String failureMsg) {
                return wrongType(ctxt.getParser(), targetType);
            }

            @Override
            public @Nullable Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType,
                                                          JsonToken token, JsonParser p, String failureMsg) {
                if (token == JsonToken.PROPERTY_NAME || token == JsonToken.END_OBJECT
                        || token == JsonToken.END_ARRAY) {
                    return NOT_HANDLED;
                }
                Object result = wrongType(p, targetType.getRawClass());
                if (result != NOT_HANDLED) {
                    p.skipChildren();
                }
                return result;
            }
        };
    }

    /**
     * Notes a value of the wrong type and reads it as absent (so that the rest of the body is read and checked too);
     * a primitive target, which cannot be absent, still fails at once.
     */
    private static @Nullable Object wrongType(JsonParser p, Class<?> targetType) {
        List<InvalidInput.FieldProblem> noted = noted();
        String path = valuePath(p);
        if (noted == null || targetType.isPrimitive() || path.equals("body")) {
            return DeserializationProblemHandler.NOT_HANDLED; // a body that is not an object at all fails at once
        }
        noted.add(new InvalidInput.FieldProblem(path, "has a value of the wrong type: it must be "
                + ApiErrorHandling.expected(targetType)));
        return null;
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
                                           Class<? extends HttpMessageConverter<?>> converterType) {
        HttpServletRequest request = request();
        if (request != null) {
            request.setAttribute(ATTRIBUTE, new ArrayList<InvalidInput.FieldProblem>());
        }
        return input;
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage input, MethodParameter parameter, Type targetType,
                                Class<? extends HttpMessageConverter<?>> converterType) {
        List<InvalidInput.FieldProblem> noted = take();
        if (noted.isEmpty()) {
            return body;
        }
        List<InvalidInput.FieldProblem> problems = new ArrayList<>(noted);
        Set<String> named = new HashSet<>();
        noted.forEach(p -> named.add(p.field()));
        List<InvalidInput.FieldProblem> invalid = new ArrayList<>();
        @SuppressWarnings("ConstantValue") // a JSON null body reaches here as null
        Set<ConstraintViolation<Object>> violations = body == null ? Set.of() : validator.validate(body);
        for (ConstraintViolation<Object> v : violations) {
            String field = v.getPropertyPath().toString();
            if (!named.contains(field)) { // a value of the wrong type was read as absent: "is required" would repeat it
                invalid.add(new InvalidInput.FieldProblem(field.isEmpty() ? "body" : field, v.getMessage()));
            }
        }
        invalid.sort(Comparator.comparing(InvalidInput.FieldProblem::field));
        problems.addAll(invalid);
        throw new InvalidInput(problems);
    }

    @Override
    public @Nullable Object handleEmptyBody(@Nullable Object body, HttpInputMessage input, MethodParameter parameter,
                                            Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        take();
        return body;
    }

    /** The unknown fields noted while the current request's body was read (when reading failed), and forgets them. */
    static List<InvalidInput.FieldProblem> take() {
        HttpServletRequest request = request();
        List<InvalidInput.FieldProblem> noted = noted();
        if (request != null) {
            request.removeAttribute(ATTRIBUTE);
        }
        return noted == null ? List.of() : List.copyOf(noted);
    }

    @SuppressWarnings("unchecked")
    private static @Nullable List<InvalidInput.FieldProblem> noted() {
        HttpServletRequest request = request();
        return request == null ? null : (List<InvalidInput.FieldProblem>) request.getAttribute(ATTRIBUTE);
    }

    private static @Nullable HttpServletRequest request() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes servlet ? servlet.getRequest() : null;
    }

    private static String known(ValueDeserializer<?> deserializer) {
        Collection<Object> names = deserializer.getKnownPropertyNames();
        return names == null ? "[]" : names.stream().map(String::valueOf).toList().toString();
    }

    /** The path of the value the parser is at, e.g. {@code budget.amount} or {@code entries[1].percent}. */
    private static String valuePath(JsonParser p) {
        TokenStreamContext at = p.streamReadContext();
        JsonToken token = p.currentToken();
        if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && at.getParent() != null) {
            at = at.getParent();
        }
        List<String> parts = new ArrayList<>();
        for (TokenStreamContext c = at; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.add(0, "[" + c.getCurrentIndex() + "]");
            } else if (c.currentName() != null) {
                parts.add(0, c.currentName());
            }
        }
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            path.append(path.isEmpty() || part.startsWith("[") ? "" : ".").append(part);
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    /** The field's path in the body, e.g. {@code entries[2].share} or {@code value.amont}. */
    private static String path(JsonParser p, String property) {
        TokenStreamContext holder = p.streamReadContext();
        JsonToken token = p.currentToken();
        if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && holder.getParent() != null) {
            holder = holder.getParent();
        }
        List<String> parts = new ArrayList<>();
        for (TokenStreamContext c = holder.getParent(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.add(0, "[" + c.getCurrentIndex() + "]");
            } else if (c.currentName() != null) {
                parts.add(0, c.currentName());
            }
        }
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            path.append(path.isEmpty() || part.startsWith("[") ? "" : ".").append(part);
        }
        return path.append(path.isEmpty() ? "" : ".").append(property).toString();
    }

}
