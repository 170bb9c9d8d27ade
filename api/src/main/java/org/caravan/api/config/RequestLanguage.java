package org.caravan.api.config;

import org.caravan.data.text.WrittenLanguage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import java.util.Arrays;
import java.util.Locale;

/**
 * The language the service answers a request in: the one its {@code Accept-Language} header prefers among English
 * and French ({@code fr}, {@code fr-FR}, {@code en-GB;q=0.8}...), English when it names neither or is absent. The
 * page sends its own choice on every request; problem titles, details and issues are written in it.
 */
@Configuration(proxyBeanMethods = false)
public class RequestLanguage {

    /** Spring's dispatcher looks the resolver up by this name. */
    @Bean(name = "localeResolver")
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(Arrays.stream(WrittenLanguage.values()).map(WrittenLanguage::locale).toList());
        resolver.setDefaultLocale(WrittenLanguage.EN.locale());
        return resolver;
    }

    /**
     * The current request's language; English outside a request's handling (a filter, a background task), where the
     * machine's own locale must not choose it.
     */
    public static WrittenLanguage current() {
        LocaleContext context = LocaleContextHolder.getLocaleContext();
        Locale locale = context == null ? null : context.getLocale();
        WrittenLanguage language = locale == null ? null : WrittenLanguage.of(locale.getLanguage());
        return language == null ? WrittenLanguage.EN : language;
    }
}
