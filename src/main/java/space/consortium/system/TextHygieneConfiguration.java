package space.consortium.system;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import space.consortium.shared.TextHygiene;
import tools.jackson.databind.JacksonModule;

/**
 * Text hygiene at input (issue 16): JSON bodies through the application's JSON mapper (Spring Boot registers every
 * {@link JacksonModule} bean with it), form fields and request parameters through {@link TextFieldBinding}. What is
 * refused, {@link TextHygiene#problem}, never reaches the database or an export.
 */
@Configuration(proxyBeanMethods = false)
class TextHygieneConfiguration {

    @Bean
    JacksonModule textHygieneModule() {
        return TextHygiene.module();
    }

    /** Unknown fields of an API body are collected with its other problems (see {@link UnknownFields}). */
    @Bean
    JsonMapperBuilderCustomizer unknownFieldsCollected() {
        return builder -> builder.addHandler(UnknownFields.handler());
    }
}
