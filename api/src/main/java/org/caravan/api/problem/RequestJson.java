package org.caravan.api.problem;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import org.caravan.data.validation.BoundedNumbers;
import org.caravan.data.validation.InputLimits;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Request bodies every controller binds (solve requests, tokens, members, and whatever endpoint comes next) are read
 * as strictly as the formats: no data after the document, no field given twice, no fraction where a whole number
 * belongs ({@code timeLimitSeconds: 1.5}), numbers, nesting and field names within {@link InputLimits}.
 */
@Configuration
class RequestJson {

    /** Spring Boot registers every Jackson module bean with its mapper. */
    @Bean
    BoundedNumbers boundedNumbers() {
        return new BoundedNumbers();
    }

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictRequestBodies() {
        return builder -> builder
                .featuresToEnable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .featuresToDisable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .postConfigurer(mapper -> {
                    mapper.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
                    mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                            .maxNumberLength(InputLimits.MAX_NUMBER_CHARACTERS)
                            .maxNestingDepth(InputLimits.MAX_NESTING)
                            .maxStringLength(InputLimits.MAX_TEXT_LENGTH * 100)
                            .build());
                });
    }
}
