package org.caravan.api.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Every {@code caravan.*} setting, bound and checked once at start-up. The defaults are in
 * {@code application.properties}; a missing or impossible value stops the service with a message that names the
 * property and says how to fix it.
 */
@ConfigurationProperties("caravan")
public record CaravanProperties(Path dataDir, DataSize maxUploadSize, Sample sample, Solver solver, Sse sse,
        Datasets datasets, Security security, Recommendations recommendations) {

    public CaravanProperties {
        Setting.required("caravan.data-dir", dataDir, "the folder of the embedded database, e.g. ./caravan-data");
        Setting.required("caravan.max-upload-size", maxUploadSize, "the largest accepted upload, e.g. 50MB");
        Setting.atLeast("caravan.max-upload-size", maxUploadSize.toBytes(), 1, "a size such as 50MB");
        Setting.required("caravan.sample", sample, "caravan.sample.enabled=false to start without the sample");
        Setting.required("caravan.solver", solver, "see docs/SERVICE.md for the solver settings");
        Setting.required("caravan.sse", sse, "caravan.sse.interval=1s");
        Setting.required("caravan.datasets", datasets, "caravan.datasets.cache-size=8");
        Setting.required("caravan.security", security, "see docs/SERVICE.md for the security settings");
        Setting.required("caravan.recommendations", recommendations, "caravan.recommendations.concurrent=2");
    }

    /** The flagship sample loaded on first start. */
    public record Sample(boolean enabled, String resource) {

        public Sample {
            if (enabled) {
                Setting.required("caravan.sample.resource", resource,
                        "a resource such as classpath:samples/djerba-2026.json, or caravan.sample.enabled=false");
            }
        }
    }

    /**
     * Solving: how many solves run at once, their time limits, how often the best plan is checkpointed, how often a
     * running solve says it is alive, and after how long without a word its worker is taken for dead.
     */
    public record Solver(Integer workers, Integer defaultTimeLimitSeconds, Integer maxTimeLimitSeconds,
            Duration checkpointInterval, Integer maxResumes, Duration heartbeatInterval, Duration heartbeatTimeout) {

        public Solver {
            Setting.atLeast("caravan.solver.workers", workers, 1,
                    "it is how many solves run at once; leave it out for one less than the cores");
            Setting.atLeast("caravan.solver.max-time-limit-seconds", maxTimeLimitSeconds, 1,
                    "it is the longest time limit a solve request may ask for");
            Setting.atLeast("caravan.solver.default-time-limit-seconds", defaultTimeLimitSeconds, 1,
                    "it is the time limit of a solve that names none");
            if (defaultTimeLimitSeconds > maxTimeLimitSeconds) {
                throw new IllegalArgumentException(("The property caravan.solver.default-time-limit-seconds (%d) is above "
                        + "caravan.solver.max-time-limit-seconds (%d). Maybe lower the default, or raise the maximum?")
                        .formatted(defaultTimeLimitSeconds, maxTimeLimitSeconds));
            }
            Setting.atLeast("caravan.solver.max-resumes", maxResumes, 0,
                    "it is how often a solve whose process died is resumed; 0 never resumes");
            Setting.positive("caravan.solver.checkpoint-interval", checkpointInterval, "e.g. 3s");
            Setting.positive("caravan.solver.heartbeat-interval", heartbeatInterval, "e.g. 1s");
            Setting.positive("caravan.solver.heartbeat-timeout", heartbeatTimeout, "e.g. 10s");
            if (heartbeatTimeout.compareTo(heartbeatInterval.multipliedBy(3)) < 0) {
                throw new IllegalArgumentException(("The property caravan.solver.heartbeat-timeout (%s) is shorter than "
                        + "three caravan.solver.heartbeat-interval (%s): a busy but living solve would be shown as "
                        + "RESUMING. Maybe raise the timeout to %s?").formatted(heartbeatTimeout, heartbeatInterval,
                        heartbeatInterval.multipliedBy(10)));
            }
        }
    }

    /** Server-Sent Events: how often a subscriber's plan is looked at for a change. */
    public record Sse(Duration interval) {

        public Sse {
            Setting.positive("caravan.sse.interval", interval, "e.g. 1s");
        }
    }

    /** Stored datasets: how many parsed, validated dataset versions are kept in memory. */
    public record Datasets(Integer cacheSize) {

        public Datasets {
            Setting.atLeast("caravan.datasets.cache-size", cacheSize, 1,
                    "it is how many dataset versions are kept ready in memory; each holds a whole dataset");
        }
    }

    /**
     * Signing in: how long a page's session lasts without use and at most, whether its cookie is sent over HTTPS
     * only (set it behind a TLS proxy), and whether this start replaces the administrator's token (a lost one).
     */
    public record Security(Duration sessionIdleTimeout, Duration sessionLifetime, boolean secureCookie,
            boolean renewAdminToken) {

        public Security {
            Setting.positive("caravan.security.session-idle-timeout", sessionIdleTimeout, "e.g. 4h");
            Setting.positive("caravan.security.session-lifetime", sessionLifetime, "e.g. 24h");
            if (sessionLifetime.compareTo(sessionIdleTimeout) < 0) {
                throw new IllegalArgumentException(("The property caravan.security.session-lifetime (%s) is shorter "
                        + "than caravan.security.session-idle-timeout (%s). Maybe raise the lifetime to %s?")
                        .formatted(sessionLifetime, sessionIdleTimeout, sessionIdleTimeout));
            }
        }
    }

    /**
     * Recommendations are heavy reads (each scores many placements of one participant): how many run at once (a
     * further one is answered 429), and the longest time budget a request may ask for.
     */
    public record Recommendations(Integer concurrent, Integer maxSeconds) {

        public Recommendations {
            Setting.atLeast("caravan.recommendations.concurrent", concurrent, 1,
                    "it is how many recommendations are computed at once; each takes one core while it runs");
            Setting.atLeast("caravan.recommendations.max-seconds", maxSeconds, 1,
                    "it is the longest time budget a recommendation request may ask for");
        }
    }

    /** The checks behind the messages: each names the property, the value and a way out. */
    private static final class Setting {

        private Setting() {
        }

        static void required(String property, Object value, String hint) {
            if (value == null || value instanceof String text && text.isBlank()) {
                throw new IllegalArgumentException("The property " + property + " is not set. Maybe set it: " + hint + "?");
            }
        }

        static void atLeast(String property, Number value, long minimum, String hint) {
            required(property, value, "a whole number of at least " + minimum);
            if (value.longValue() < minimum) {
                throw new IllegalArgumentException("The property %s (%s) must be at least %d: %s."
                        .formatted(property, value, minimum, hint));
            }
        }

        static void positive(String property, Duration value, String example) {
            required(property, value, "a duration, " + example);
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("The property %s (%s) must be a positive duration, %s."
                        .formatted(property, value, example));
            }
        }
    }
}
