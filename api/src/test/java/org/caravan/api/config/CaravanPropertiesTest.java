package org.caravan.api.config;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class CaravanPropertiesTest {

    @Configuration
    @EnableConfigurationProperties(CaravanProperties.class)
    static class Bound {
    }

    /** The service's own defaults (application.properties) plus the cores-based worker count, then {@code changes}. */
    private static ApplicationContextRunner with(String... changes) throws IOException {
        Properties defaults = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
        List<String> values = new ArrayList<>();
        defaults.stringPropertyNames().stream().filter(name -> name.startsWith("caravan."))
                .forEach(name -> values.add(name + "=" + defaults.getProperty(name)));
        values.add("caravan.solver.workers=2");
        values.addAll(List.of(changes));
        return new ApplicationContextRunner().withUserConfiguration(Bound.class)
                .withPropertyValues(values.toArray(String[]::new));
    }

    private static String failureOf(String... changes) throws IOException {
        StringBuilder messages = new StringBuilder();
        with(changes).run(context -> {
            assertThat(context).hasFailed();
            for (Throwable t = context.getStartupFailure(); t != null; t = t.getCause()) {
                messages.append(t.getMessage()).append('\n');
            }
        });
        return messages.toString();
    }

    @Test
    void theShippedDefaultsBind() throws IOException {
        with().run(context -> {
            CaravanProperties properties = context.getBean(CaravanProperties.class);
            assertThat(properties.solver().workers()).isEqualTo(2);
            assertThat(properties.solver().checkpointInterval()).isEqualTo(Duration.ofSeconds(3));
            assertThat(properties.solver().heartbeatTimeout()).isEqualTo(Duration.ofSeconds(10));
            assertThat(properties.maxUploadSize().toMegabytes()).isEqualTo(50);
            assertThat(properties.sample().enabled()).isTrue();
            assertThat(properties.datasets().cacheSize()).isEqualTo(8);
        });
    }

    @Test
    void anImpossibleValueStopsTheStartWithItsPropertyAndAWayOut() throws IOException {
        assertThat(failureOf("caravan.solver.workers=0"))
                .contains("The property caravan.solver.workers (0) must be at least 1: it is how many solves run at once");
        assertThat(failureOf("caravan.solver.default-time-limit-seconds=4000"))
                .contains("caravan.solver.default-time-limit-seconds (4000) is above caravan.solver.max-time-limit-seconds (3600)",
                        "Maybe lower the default");
        assertThat(failureOf("caravan.solver.heartbeat-timeout=2s"))
                .contains("caravan.solver.heartbeat-timeout (PT2S) is shorter than three caravan.solver.heartbeat-interval");
        assertThat(failureOf("caravan.sse.interval=0s")).contains("The property caravan.sse.interval (PT0S) must be a positive duration");
        assertThat(failureOf("caravan.sample.resource=")).contains("The property caravan.sample.resource is not set",
                "caravan.sample.enabled=false");
        assertThat(failureOf("caravan.datasets.cache-size=0")).contains("caravan.datasets.cache-size (0) must be at least 1");
    }
}
