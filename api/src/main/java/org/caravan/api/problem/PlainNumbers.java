package org.caravan.api.problem;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.regex.Pattern;

/**
 * Whole numbers in paths and parameters (ids, versions) are plain ASCII digits: Spring alone would also read
 * {@code 0x25}, {@code #25}, {@code +37} and other scripts' digits, giving one object many names.
 */
@Configuration
class PlainNumbers implements WebMvcConfigurer {

    private static final Pattern PLAIN = Pattern.compile("-?[0-9]{1,18}");

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, Long.class, text -> Long.valueOf(plain(text)));
        registry.addConverter(String.class, Integer.class, text -> Integer.valueOf(plain(text)));
    }

    private static String plain(String text) {
        String trimmed = text.trim();
        if (!PLAIN.matcher(trimmed).matches()) {
            throw new IllegalArgumentException("not a whole number in plain digits");
        }
        return trimmed;
    }
}
