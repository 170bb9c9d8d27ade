package org.caravan.api.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class OpenApiConfig {

    /** The token scheme every operation needs unless it says otherwise; Swagger UI's Authorize button takes it. */
    public static final String BEARER = "bearerToken";

    @Bean
    OpenAPI caravanOpenApi() {
        return new OpenAPI().info(new Info()
                .title("Caravan planner API")
                .version("1")
                .description("""
                        Joint lodging and travel planning for events: upload a dataset (caravan-dataset/1), solve it \
                        in the background, watch the progress, and read the plan (caravan-plan/1), rooming lists, \
                        flight manifest, shuttle schedules, costs and explanations. Errors are RFC 9457 problem \
                        details, each kind with its own type (listed at /problems); invalid input lists every issue with its JSON path. \
                        The formats' JSON Schemas are served at /schemas/dataset.schema.json, /schemas/plan.schema.json \
                        and /schemas/changes.schema.json.

                        Every request needs a token of your organisation (`Authorization: Bearer cvn_...`; in \
                        Swagger UI, *Authorize*): its owners make them under /api/organisation/tokens. Another \
                        organisation's objects answer 404, a viewer's changes 403, a request without credentials \
                        401."""))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("A Caravan token: the administrator's, or one an organisation's owner made")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
