package org.caravan.data.validation;

import org.caravan.data.dataset.Fund;
import org.caravan.data.dataset.Participant;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The participants: identity, languages, priority, fund, home airports, fixed dates, roommate requests, visas, households. */
final class ParticipantSection extends Section {

    ParticipantSection(Section.Context context) {
        super(context);
    }

    @Override
    void check() {
        checkParticipants();
    }

    private void checkParticipants() {
        Map<String, String> seen = new HashMap<>();
        Map<String, List<Integer>> households = new LinkedHashMap<>();
        for (int i = 0; i < dataset.participants().size(); i++) {
            Participant participant = dataset.participants().get(i);
            String path = "$.participants[" + i + "]";
            if (participant == null) {
                issue(path, "dataset.participant.null");
                continue;
            }
            checkParticipantIdentity(path, participant, seen);
            checkLanguages(path, participant);
            checkPriority(path, participant);
            checkParticipantFund(path, participant);
            checkHomeAirports(path, participant);
            checkFixedDates(path, participant);
            checkRoommateRequests(path, participant);
            checkVisasHeld(path, participant);
            if (!isBlank(participant.household())) {
                households.computeIfAbsent(participant.household(), household -> new ArrayList<>()).add(i);
            }
        }
        checkHouseholds(households);
    }

    private void checkParticipantIdentity(String path, Participant participant, Map<String, String> seen) {
        requireId(path + ".id", participant.id(), "dataset.participant.noId", words("word.participantId"), seen);
        requireText(path + ".name", participant.name(), "dataset.participant.noName", participant.id());
        if (participant.gender() == null) {
            issue(path + ".gender", "dataset.participant.noGender", participant.id());
        }
        requireCountryCode(path + ".nationality", participant.nationality(), words("owner.participant", participant.id()),
                words("word.nationality"));
    }

    private void checkLanguages(String path, Participant participant) {
        if (participant.languages().isEmpty()) {
            issue(path + ".languages", "dataset.participant.noLanguages", participant.id());
        }
        requireNoBlankEntries(path + ".languages", participant.languages(), "dataset.participant.emptyLanguage", participant.id());
    }

    private void checkPriority(String path, Participant participant) {
        if (participant.priority() == null) {
            issue(path + ".priority", "dataset.participant.noPriority", participant.id());
        } else if (participant.priority() < 1 || participant.priority() > 5) {
            issue(path + ".priority", "dataset.participant.priority", participant.id(), participant.priority());
        }
    }

    private void checkParticipantFund(String path, Participant participant) {
        String fund = participant.fund();
        if (fund == null || Fund.SELF.equals(fund) || fundIds.contains(fund)) {
            return;
        }
        issue(path + ".fund", "dataset.participant.unknownFund", fund, participant.id(), Fund.SELF);
    }

    private void checkHomeAirports(String path, Participant participant) {
        if (participant.flies() && participant.homeAirports().isEmpty()) {
            issue(path + ".homeAirports", "dataset.participant.noHomeAirports", participant.id());
        }
        List<String> codes = participant.homeAirports();
        for (int j = 0; j < codes.size(); j++) {
            requireKnownAirport(path + ".homeAirports[" + j + "]", codes.get(j), words("word.homeAirport"),
                    words("of.participant", participant.id()));
        }
    }

    private void checkFixedDates(String path, Participant participant) {
        LocalDateTime arrival = participant.fixedArrival();
        LocalDateTime departure = participant.fixedDeparture();
        if (arrival != null && departure != null && !arrival.isBefore(departure)) {
            issue(path + ".fixedArrival", "dataset.participant.fixedDatesReversed", participant.id(), arrival, departure);
        }
    }

    private void checkRoommateRequests(String path, Participant participant) {
        Set<String> asked = new HashSet<>();
        List<String> requests = participant.roommateRequests();
        for (int j = 0; j < requests.size(); j++) {
            String request = requests.get(j);
            String requestPath = path + ".roommateRequests[" + j + "]";
            if (isBlank(request)) {
                issue(requestPath, "dataset.participant.emptyRoommateRequest", participant.id());
            } else if (request.equals(participant.id())) {
                issue(requestPath, "dataset.participant.roomsWithThemself", participant.id(), request);
            } else if (!participantIds.contains(request)) {
                issue(requestPath, "dataset.participant.unknownRoommate", participant.id(), request);
            } else if (!asked.add(request)) {
                issue(requestPath, "dataset.participant.roommateTwice", participant.id(), request);
            }
        }
    }

    private void checkVisasHeld(String path, Participant participant) {
        requireNoBlankEntries(path + ".visasHeld", participant.visasHeld(), "dataset.participant.emptyVisa", participant.id());
    }

    private void checkHouseholds(Map<String, List<Integer>> membersByHousehold) {
        membersByHousehold.forEach((household, members) -> {
            if (members.size() == 1) {
                int only = members.get(0);
                issue("$.participants[" + only + "].household", "dataset.participant.loneHousehold", household,
                        dataset.participants().get(only).id());
            }
        });
    }
}
