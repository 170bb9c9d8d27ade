package org.caravan.data.sheets;

import org.caravan.data.dataset.Dataset;
import org.caravan.data.generate.FlagshipSample;
import org.caravan.data.validation.DatasetLoader;

import java.nio.file.Path;

/** The committed flagship sample, read once for every sheet test (surefire runs in the module's directory). */
final class Flagship {

    static final Dataset DATASET = DatasetLoader.load(Path.of("samples", FlagshipSample.FILE_NAME)).dataset();

    private Flagship() {
    }
}
