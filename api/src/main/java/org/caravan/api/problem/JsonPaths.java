package org.caravan.api.problem;

import com.fasterxml.jackson.databind.JsonMappingException;

import java.util.List;

/** Jackson's reference chain as a JSON path, the notation validation issues use ({@code $.weights.perStop}). */
public final class JsonPaths {

    private JsonPaths() {
    }

    public static String of(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder("$");
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                path.append('.').append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
