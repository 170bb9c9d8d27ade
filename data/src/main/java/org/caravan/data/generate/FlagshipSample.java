package org.caravan.data.generate;

import org.caravan.data.dataset.Dataset;
import org.caravan.data.json.CaravanJson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The flagship sample: the Djerba summit at 300 participants, eight hotels and 170 rooms, with a budget that
 * cannot bring everyone. {@code main} writes it to data/samples/djerba-2026.json (or the path given).
 */
public final class FlagshipSample {

    public static final long SEED = 20260325L;
    public static final String FILE_NAME = "djerba-2026.json";
    public static final GeneratorOptions OPTIONS =
            new GeneratorOptions(300, SEED, 0.8, GeneratorOptions.DEFAULT_EVENT_NAME, 8, 0);

    private FlagshipSample() {
    }

    public static Dataset dataset() {
        return DatasetGenerator.generate(OPTIONS);
    }

    /** The sample as committed: CaravanJson's output and a final newline. */
    public static String json() {
        return CaravanJson.toJson(dataset()) + "\n";
    }

    public static void main(String[] args) throws IOException {
        Path target = args.length > 0 ? Path.of(args[0])
                : Files.isDirectory(Path.of("data", "samples")) ? Path.of("data", "samples", FILE_NAME)
                : Path.of("samples", FILE_NAME);
        if (target.getParent() != null) {
            Files.createDirectories(target.getParent());
        }
        Files.writeString(target, json(), StandardCharsets.UTF_8);
        System.out.println("Wrote " + target.toAbsolutePath());
    }
}
