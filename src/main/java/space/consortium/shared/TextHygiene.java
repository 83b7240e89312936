package space.consortium.shared;

import java.beans.PropertyEditorSupport;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * The one rule for text a user may store: no character the database or an export cannot hold. Refused are a lone
 * UTF-16 surrogate (half of a pair: not a character at all, and it breaks UTF-8 files), NUL (PostgreSQL cannot store
 * it) and the other C0 control characters; tab, line feed and carriage return are allowed (multi-line text).
 *
 * <p>It is checked at input, once per edge: {@link #module()} for every JSON body (the API and its field path),
 * {@link #editor()} for every form field and request parameter of the pages.
 */
public final class TextHygiene {

    private TextHygiene() {
    }

    /**
     * What is wrong with the text, if anything: e.g. "contains the control character U+0000 (NUL) at position 4".
     * Positions count characters from 1.
     */
    public static Optional<String> problem(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Optional.of("contains half of a UTF-16 surrogate pair (" + code(c) + ") at position " + (i + 1)
                        + ", which is not a character; remove it or send the whole character");
            }
            if (Character.isLowSurrogate(c)) {
                return Optional.of("contains half of a UTF-16 surrogate pair (" + code(c) + ") at position " + (i + 1)
                        + ", which is not a character; remove it or send the whole character");
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return Optional.of("contains the control character " + code(c) + (c == 0 ? " (NUL)" : "")
                        + " at position " + (i + 1) + ", which cannot be stored; remove it");
            }
        }
        return Optional.empty();
    }

    private static String code(char c) {
        return String.format("U+%04X", (int) c);
    }

    /** A JSON value or key that breaks the rule; its path names the field. */
    public static final class UnstorableText extends InvalidFormatException {

        UnstorableText(JsonParser parser, String message, String value) {
            super(parser, message, value, String.class);
        }
    }

    /** A Jackson module that refuses, in every string value and map key it reads, what {@link #problem} finds. */
    public static JacksonModule module() {
        SimpleModule module = new SimpleModule("consortium-text-hygiene");
        module.setDeserializerModifier(new ValueDeserializerModifier() {
            @Override
            public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier bean,
                                                          ValueDeserializer<?> deserializer) {
                return bean.getBeanClass() == String.class ? new CheckedString(deserializer) : deserializer;
            }

            @Override
            public KeyDeserializer modifyKeyDeserializer(DeserializationConfig config, JavaType type,
                                                         KeyDeserializer deserializer) {
                if (type.getRawClass() != String.class) {
                    return deserializer;
                }
                return new KeyDeserializer() {
                    @Override
                    public Object deserializeKey(String key, DeserializationContext ctxt) throws JacksonException {
                        Object value = deserializer.deserializeKey(key, ctxt);
                        check(ctxt.getParser(), key);
                        return value;
                    }
                };
            }
        });
        return module;
    }

    private static void check(JsonParser parser, @Nullable String value) {
        Optional<String> problem = problem(value);
        if (problem.isPresent()) {
            throw new UnstorableText(parser, problem.get(), value);
        }
    }

    /** The standard string deserializer, then the check. */
    private static final class CheckedString extends DelegatingDeserializer {

        CheckedString(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new CheckedString(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            Object value = super.deserialize(p, ctxt);
            if (value instanceof String text) {
                check(p, text);
            }
            return value;
        }
    }

    /**
     * A property editor for {@code String} form fields and request parameters that refuses what {@link #problem}
     * finds; a binder records the refusal as a type mismatch of the field ({@code typeMismatch.java.lang.String}).
     */
    public static PropertyEditorSupport editor() {
        return new PropertyEditorSupport() {
            @Override
            public void setAsText(@Nullable String text) {
                Optional<String> problem = problem(text);
                if (problem.isPresent()) {
                    throw new IllegalArgumentException(problem.get());
                }
                setValue(text);
            }
        };
    }
}
