package org.caravan.data.rules;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class ShuttleSlotTest {

    private static LocalDateTime at(String time) {
        return LocalDateTime.parse(time);
    }

    @Test
    void aSlotStartsOnItsBoundary() {
        assertThat(ShuttleSlot.of("DJE", at("2026-03-24T20:00"), 120).start()).isEqualTo(at("2026-03-24T20:00"));
        assertThat(ShuttleSlot.of("DJE", at("2026-03-24T19:59"), 120).start()).isEqualTo(at("2026-03-24T18:00"));
        assertThat(ShuttleSlot.of("DJE", at("2026-03-24T00:00"), 120).start()).isEqualTo(at("2026-03-24T00:00"));
    }

    @Test
    void blocksAreCountedFromMidnightAndTheLastOneEndsThere() {
        assertThat(ShuttleSlot.of("DJE", at("2026-03-24T23:50"), 100))
                .isEqualTo(new ShuttleSlot("DJE", at("2026-03-24T23:20"), at("2026-03-25T00:00")));
        assertThat(ShuttleSlot.of("DJE", at("2026-03-25T00:10"), 100))
                .isEqualTo(new ShuttleSlot("DJE", at("2026-03-25T00:00"), at("2026-03-25T01:40")));
    }

    @Test
    void timesInOneBlockShareTheSlotAndADayLaterDoNot() {
        assertThat(ShuttleSlot.of("DJE", at("2026-03-24T12:30"), 120)).isEqualTo(ShuttleSlot.of("DJE", at("2026-03-24T13:59"), 120));
        assertThat(ShuttleSlot.of("DJE", at("2026-03-24T12:30"), 120)).isNotEqualTo(ShuttleSlot.of("DJE", at("2026-03-25T12:30"), 120));
        assertThat(ShuttleSlot.of("DJE", at("2026-03-24T12:30"), 120).date()).isEqualTo(at("2026-03-24T00:00").toLocalDate());
    }

    @Test
    void aSlotReadsAsAPlannerSaysIt() {
        assertThat(ShuttleSlot.of("DJE", at("2026-03-23T23:10"), 120).inWords()).isEqualTo("2026-03-23 22:00\u201324:00 at DJE");
        assertThat(ShuttleSlot.of("DJE", at("2026-03-24T09:59"), 120).inWords()).isEqualTo("2026-03-24 08:00\u201310:00 at DJE");
    }
}
