package org.caravan.api.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springdoc.core.properties.SwaggerUiConfigProperties;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells the person who started the service where to open it. */
@Component
public class StartupBanner {

    private static final Logger LOG = LoggerFactory.getLogger(StartupBanner.class);

    private final String swaggerPath;
    private final int workers;
    private final Integer cappedFrom;

    StartupBanner(SwaggerUiConfigProperties swaggerUi, CaravanProperties properties, Environment environment) {
        this.swaggerPath = swaggerUi.getPath();
        this.workers = properties.solver().workers();
        this.cappedFrom = environment.getProperty(WorkerDefaults.CAPPED_FROM, Integer.class);
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext web) {
            int port = web.getWebServer().getPort();
            String capped = cappedFrom == null ? "" : " (caravan.solver.workers=" + cappedFrom + " capped to what the engine "
                    + "runs at once)";
            LOG.info("Caravan is ready with {} solve worker(s){}. Open http://localhost:{}/ (API under http://localhost:{}/api,"
                    + " Swagger UI at http://localhost:{}{})", workers, capped, port, port, port, swaggerPath);
        }
    }
}
