package org.caravan.api.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Whole numbers in paths (ids, versions) are plain ASCII digits: Spring alone would also read {@code 0x25},
 * {@code #25}, {@code +37} and other scripts' digits, giving one object many names. Any handler's numeric path
 * variable is held to it, so a new endpoint is without a line of its own.
 */
@Configuration
class PlainNumbers implements WebMvcConfigurer {

    private static final Pattern PLAIN = Pattern.compile("[0-9]{1,18}");

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (handler instanceof HandlerMethod method) {
                    requirePlain(request, method);
                }
                return true;
            }
        }).order(Integer.MIN_VALUE);
    }

    private static void requirePlain(HttpServletRequest request, HandlerMethod method) {
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables == null) {
            return;
        }
        for (MethodParameter parameter : method.getMethodParameters()) {
            PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
            Class<?> type = parameter.getParameterType();
            boolean whole = type == long.class || type == Long.class || type == int.class || type == Integer.class;
            if (variable == null || !whole) {
                continue;
            }
            parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
            String name = !variable.name().isEmpty() ? variable.name() : !variable.value().isEmpty() ? variable.value()
                    : parameter.getParameterName();
            String value = variables.get(name);
            if (value != null && !PLAIN.matcher(value).matches()) {
                throw new MethodArgumentTypeMismatchException(value, type, name, parameter,
                        new IllegalArgumentException("not plain digits"));
            }
        }
    }
}
