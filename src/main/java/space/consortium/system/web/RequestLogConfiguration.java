package space.consortium.system.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Places the request log around everything (before Spring Session and Spring Security, so that it times and ids
 * every request, refused ones included) and its user note after the security filter chain.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class RequestLogConfiguration {

    @Bean
    FilterRegistrationBean<RequestLog> requestLog() {
        FilterRegistrationBean<RequestLog> registration = new FilterRegistrationBean<>(new RequestLog());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestUser> requestUser() {
        FilterRegistrationBean<RequestUser> registration = new FilterRegistrationBean<>(new RequestUser());
        registration.setOrder(Ordered.LOWEST_PRECEDENCE);
        return registration;
    }
}
