package org.caravan.api.config;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class OpenApiConfig {

    @Bean
    OpenAPI caravanOpenApi() {
        return new OpenAPI().info(new Info()
                .title("Caravan planner API")
                .version("1")
                .description("""
                        Joint lodging and travel planning for events: upload a dataset (caravan-dataset/1), solve it \
                        in the background, watch the progress, and read the plan (caravan-plan/1), rooming lists, \
                        flight manifest, shuttle schedules, costs and explanations. Errors are RFC 9457 problem \
                        details; invalid input lists every issue with its JSON path."""));
    }
}
