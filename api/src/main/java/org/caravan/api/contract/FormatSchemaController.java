package org.caravan.api.contract;

import io.swagger.v3.oas.annotations.Hidden;
import org.caravan.api.problem.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;

/** The published JSON Schemas of the formats, public like the API's documentation: a client validates its files with them. */
// Public documentation like /v3/api-docs itself, so outside the operations (whose contract is a token): the API's
// description links it.
@RestController
@Hidden
class FormatSchemaController {

    @GetMapping(path = "/schemas/{name}", produces = {"application/schema+json", MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<String> schema(@PathVariable String name) {
        if (!FormatSchemas.FILES.containsKey(name)) {
            throw new NotFoundException("name", "No schema " + name + "; there are " + String.join(", ",
                    new java.util.TreeSet<>(FormatSchemas.FILES.keySet())) + ".");
        }
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
                .contentType(MediaType.valueOf("application/schema+json"))
                .body(FormatSchemas.read(name).toPrettyString());
    }
}
