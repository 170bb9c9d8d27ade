package org.caravan.api.dataset;

import com.fasterxml.jackson.databind.JsonMappingException;
import org.caravan.api.problem.JsonPaths;
import org.caravan.data.dataset.Dataset;
import org.caravan.data.json.CaravanJson;
import org.caravan.data.validation.InvalidDatasetException;
import org.caravan.data.validation.ValidationIssue;

import java.io.IOException;
import java.util.List;

/** Reads an uploaded dataset, reporting every problem with its JSON path (InvalidDatasetException). */
final class DatasetUploads {

    private DatasetUploads() {
    }

    static Dataset parse(String json) {
        try {
            return CaravanJson.readDataset(json);
        } catch (JsonMappingException e) {
            throw new InvalidDatasetException(List.of(new ValidationIssue(JsonPaths.of(e.getPath()), e.getOriginalMessage())));
        } catch (IOException e) {
            throw new InvalidDatasetException(List.of(new ValidationIssue("$", e.getMessage())));
        }
    }
}
