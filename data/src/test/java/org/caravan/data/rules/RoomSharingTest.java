package org.caravan.data.rules;

import org.caravan.data.dataset.Gender;
import org.caravan.data.dataset.Participant;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class RoomSharingTest {

    private static Participant person(String id, Gender gender, String household, String... requests) {
        return new Participant(id, id, gender, "TN", List.of("fr"), List.of("TUN"), null, null, null, 3, null, null,
                null, null, null, null, null, List.of(requests), household, null, null);
    }

    @Test
    void aHouseholdSharesWhateverItsGenders() {
        assertThat(RoomSharing.mayShare(person("a", Gender.F, "h"), person("b", Gender.M, "h"))).isTrue();
        assertThat(RoomSharing.mayShare(person("a", Gender.X, "h"), person("b", Gender.M, "h"))).isTrue();
        assertThat(RoomSharing.mayShare(person("a", Gender.F, "h"), person("b", Gender.M, "g"))).isFalse();
    }

    @Test
    void outsideAHouseholdTheSameGenderOtherThanX() {
        assertThat(RoomSharing.mayShare(person("a", Gender.F, null), person("b", Gender.F, null))).isTrue();
        assertThat(RoomSharing.mayShare(person("a", Gender.M, null), person("b", Gender.M, "h"))).isTrue();
        assertThat(RoomSharing.mayShare(person("a", Gender.F, null), person("b", Gender.M, null))).isFalse();
        // A mutual request does not let a woman and a man share.
        assertThat(RoomSharing.mayShare(person("a", Gender.F, null, "b"), person("b", Gender.M, null, "a"))).isFalse();
    }

    @Test
    void genderXOnlyWithAMutualRequest() {
        assertThat(RoomSharing.mayShare(person("a", Gender.X, null), person("b", Gender.X, null))).isFalse();
        assertThat(RoomSharing.mayShare(person("a", Gender.X, null, "b"), person("b", Gender.F, null))).isFalse();
        assertThat(RoomSharing.mayShare(person("a", Gender.X, null, "b"), person("b", Gender.F, null, "a"))).isTrue();
    }

    /** Every combination of two people: the labels meet exactly when the rule lets them share. */
    @Test
    void theLabelsSayTheSameAsTheRule() {
        List<Participant[]> pairs = new ArrayList<>();
        for (Gender ga : Gender.values()) {
            for (Gender gb : Gender.values()) {
                for (String ha : new String[] {null, "h", "g"}) {
                    for (String hb : new String[] {null, "h"}) {
                        for (int requests = 0; requests < 4; requests++) {
                            pairs.add(new Participant[] {
                                    person("a", ga, ha, (requests & 1) != 0 ? new String[] {"b"} : new String[0]),
                                    person("b", gb, hb, (requests & 2) != 0 ? new String[] {"a"} : new String[0])});
                        }
                    }
                }
            }
        }
        for (Participant[] pair : pairs) {
            Map<String, Participant> byId = Map.of("a", pair[0], "b", pair[1]);
            Function<String, Participant> lookup = byId::get;
            boolean labelsMeet = !Collections.disjoint(RoomSharing.labels(pair[0], lookup), RoomSharing.labels(pair[1], lookup));
            assertThat(labelsMeet).as(describe(pair)).isEqualTo(RoomSharing.mayShare(pair[0], pair[1]));
            assertThat(RoomSharing.labels(pair[0], lookup)).as("everyone has a label").isNotEmpty();
            if (RoomSharing.separatedGender(pair[0]).isPresent() && RoomSharing.separatedGender(pair[1]).isPresent()
                    && RoomSharing.separatedGender(pair[0]).get() != RoomSharing.separatedGender(pair[1]).get()) {
                assertThat(RoomSharing.mayShare(pair[0], pair[1])).as(describe(pair)).isFalse();
            }
        }
    }

    private static String describe(Participant[] pair) {
        return List.of(pair).stream().map(p -> p.id() + " " + p.gender() + " " + p.household() + " asks " + p.roommateRequests())
                .collect(Collectors.joining("; "));
    }
}
