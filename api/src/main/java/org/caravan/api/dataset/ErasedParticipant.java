package org.caravan.api.dataset;

import io.swagger.v3.oas.annotations.media.Schema;

/** The outcome of erasing a participant's personal data. */
public record ErasedParticipant(long datasetId, String participantId,
        @Schema(description = "How many versions of the dataset had the participant; each was rewritten") int versions,
        @Schema(description = "The name every document, list and export now shows for them") String nameNow) {
}
