package org.caravan.data.json;

import org.caravan.data.dataset.Segment;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class CaravanJsonTest {

    @Test
    void localDateTimesAreWrittenToTheMinuteAsFormatSays() throws Exception {
        Segment segment = new Segment("s1", "TU", "745", "TUN", "DJE",
                LocalDateTime.of(2026, 3, 24, 18, 5), LocalDateTime.of(2026, 3, 24, 19, 5), 20);
        String json = CaravanJson.toJson(segment);
        assertThat(json).contains("\"departure\" : \"2026-03-24T18:05\"").doesNotContain("18:05:00");
        assertThat(CaravanJson.mapper().readValue(json, Segment.class)).isEqualTo(segment);
        assertThat(CaravanJson.mapper().readValue(json.replace("18:05", "18:05:00"), Segment.class)).isEqualTo(segment);
    }
}
