package org.caravan.api.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springdoc.core.properties.SwaggerUiConfigProperties;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the person who started the service where to open it. */
@Component
public class StartupBanner {

    private static final Logger LOG = LoggerFactory.getLogger(StartupBanner.class);

    private final String swaggerPath;
    private final int workers;

    StartupBanner(SwaggerUiConfigProperties swaggerUi, CaravanProperties properties) {
        this.swaggerPath = swaggerUi.getPath();
        this.workers = properties.solver().workers();
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext web) {
            int port = web.getWebServer().getPort();
            LOG.info("Caravan is ready with {} solve worker(s). Open http://localhost:{}/ (API under http://localhost:{}/api,"
                    + " Swagger UI at http://localhost:{}{})", workers, port, port, port, swaggerPath);
        }
    }
}
