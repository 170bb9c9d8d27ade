package org.caravan.api.problem;

import com.fasterxml.jackson.databind.JsonMappingException;

import org.caravan.data.validation.DocumentReader;

import java.util.List;

/** Jackson's reference chain as a JSON path, the notation validation issues use ({@code $.weights.perStop}). */
public final class JsonPaths {

    private JsonPaths() {
    }

    public static String of(List<JsonMappingException.Reference> references) {
        return DocumentReader.path(references);
    }
}
