package org.caravan.data.sheets;

import com.fasterxml.jackson.databind.JsonNode;
import org.caravan.data.dataset.Dataset;
import org.caravan.data.json.CaravanJson;
import org.caravan.data.text.WrittenLanguage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SheetRoundTripTest {

    private static Dataset flagship;

    @BeforeAll
    static void flagship() {
        flagship = Flagship.DATASET;
    }

    @ParameterizedTest
    @EnumSource(WrittenLanguage.class)
    void theFlagshipsParticipantsExportedToTheTemplateComeBackTheSame(WrittenLanguage language) {
        byte[] workbook = SheetWriter.workbook(flagship, List.of(SheetKind.PARTICIPANTS), language);

        ImportedDataset imported = SheetImporter.importSheets(List.of(new SheetFile("participants.xlsx", workbook)), flagship);

        assertThat(imported.dataset().participants()).isEqualTo(flagship.participants());
        assertThat(imported.report().counts()).containsExactly(new ImportReport.Count("participants", 0, 0, 300, 0));
        assertThat(imported.report().notes()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(WrittenLanguage.class)
    void theParticipantsAsCsvComeBackTheSame(WrittenLanguage language) {
        String csv = SheetWriter.csv(flagship, SheetKind.PARTICIPANTS, language);

        ImportedDataset imported = SheetImporter.importSheets(
                List.of(new SheetFile("participants.csv", csv.getBytes(StandardCharsets.UTF_8))), flagship);

        assertThat(imported.dataset().participants()).isEqualTo(flagship.participants());
    }

    @ParameterizedTest
    @EnumSource(WrittenLanguage.class)
    void theWholeFlagshipExportedToAWorkbookMakesTheSameDatasetFromNothing(WrittenLanguage language) {
        byte[] workbook = SheetWriter.workbook(flagship, List.of(SheetKind.values()), language);

        ImportedDataset imported = SheetImporter.importSheets(List.of(new SheetFile("djerba.xlsx", workbook)), null);

        assertThat(sameDataset(imported.dataset(), flagship)).isTrue();
        assertThat(imported.report().counts()).contains(new ImportReport.Count("participants", 300, 0, 0, 0),
                new ImportReport.Count("hotels", 8, 0, 0, 0), new ImportReport.Count("rooms", 170, 0, 0, 0));
    }

    @Test
    void everyTemplateImportsAsTheExampleDataset() {
        for (WrittenLanguage language : WrittenLanguage.values()) {
            byte[] template = SheetWriter.template(List.of(SheetKind.values()), language);

            ImportedDataset imported = SheetImporter.importSheets(List.of(new SheetFile("template.xlsx", template)), null);

            assertThat(sameDataset(imported.dataset(), SheetWriter.example())).as(language.name()).isTrue();
        }
    }

    static boolean sameDataset(Dataset a, Dataset b) {
        JsonNode left = CaravanJson.mapper().valueToTree(a);
        JsonNode right = CaravanJson.mapper().valueToTree(b);
        boolean same = left.equals((x, y) -> x.isNumber() && y.isNumber() ? x.decimalValue().compareTo(y.decimalValue())
                : x.equals(y) ? 0 : 1, right);
        if (!same) {
            System.out.println(firstDifference(left, right, "$"));
        }
        return same;
    }

    private static String firstDifference(JsonNode a, JsonNode b, String path) {
        if (a.isObject() && b.isObject()) {
            var names = a.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                String found = firstDifference(a.get(name), b.path(name), path + "." + name);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return path + " sizes " + a.size() + " vs " + b.size();
            }
            for (int i = 0; i < a.size(); i++) {
                String found = firstDifference(a.get(i), b.get(i), path + "[" + i + "]");
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        boolean same = a.isNumber() && b.isNumber() ? a.decimalValue().compareTo(b.decimalValue()) == 0 : a.equals(b);
        return same ? null : path + ": " + a + " vs " + b;
    }
}
