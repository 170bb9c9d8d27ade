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
                issue(path, "The participant is empty (null).");
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
        requireId(path + ".id", participant.id(), "A participant has no id.", "participant id", seen);
        requireText(path + ".name", participant.name(), "Participant %s has no name.".formatted(participant.id()));
        if (participant.gender() == null) {
            issue(path + ".gender", "Participant %s has no gender; use F, M or X.".formatted(participant.id()));
        }
        requireCountryCode(path + ".nationality", participant.nationality(), "Participant " + participant.id(), "nationality");
    }

    private void checkLanguages(String path, Participant participant) {
        if (participant.languages().isEmpty()) {
            issue(path + ".languages", "Participant %s has no languages; give at least one (such as fr), so roommates can talk."
                    .formatted(participant.id()));
        }
        requireNoBlankEntries(path + ".languages", participant.languages(), "A language of participant " + participant.id());
    }

    private void checkPriority(String path, Participant participant) {
        if (participant.priority() == null) {
            issue(path + ".priority", "Participant %s has no priority; use 1 (nice to have) to 5.".formatted(participant.id()));
        } else if (participant.priority() < 1 || participant.priority() > 5) {
            issue(path + ".priority", "Participant %s has priority (%d); it must be from 1 (nice to have) to 5."
                    .formatted(participant.id(), participant.priority()));
        }
    }

    private void checkParticipantFund(String path, Participant participant) {
        String fund = participant.fund();
        if (fund == null || Fund.SELF.equals(fund) || fundIds.contains(fund)) {
            return;
        }
        issue(path + ".fund", "The fund (%s) of participant %s is not in budget.funds; use a fund id, %s for self-funded, or leave it empty (null) for the general budget."
                .formatted(fund, participant.id(), Fund.SELF));
    }

    private void checkHomeAirports(String path, Participant participant) {
        if (participant.flies() && participant.homeAirports().isEmpty()) {
            issue(path + ".homeAirports", "Participant %s travels by FLIGHT but has no home airports; give at least one, or set travelMode to NONE."
                    .formatted(participant.id()));
        }
        List<String> codes = participant.homeAirports();
        for (int j = 0; j < codes.size(); j++) {
            requireKnownAirport(path + ".homeAirports[" + j + "]", codes.get(j), "home airport", "participant " + participant.id());
        }
    }

    private void checkFixedDates(String path, Participant participant) {
        LocalDateTime arrival = participant.fixedArrival();
        LocalDateTime departure = participant.fixedDeparture();
        if (arrival != null && departure != null && !arrival.isBefore(departure)) {
            issue(path + ".fixedArrival", "Participant %s arrives (%s) no earlier than they leave (%s); the fixed arrival must come before the fixed departure."
                    .formatted(participant.id(), arrival, departure));
        }
    }

    private void checkRoommateRequests(String path, Participant participant) {
        Set<String> asked = new HashSet<>();
        List<String> requests = participant.roommateRequests();
        for (int j = 0; j < requests.size(); j++) {
            String request = requests.get(j);
            String requestPath = path + ".roommateRequests[" + j + "]";
            if (isBlank(request)) {
                issue(requestPath, "A roommate request of participant %s is empty.".formatted(participant.id()));
            } else if (request.equals(participant.id())) {
                issue(requestPath, "Participant %s asks to room with themself; remove %s from roommateRequests."
                        .formatted(participant.id(), request));
            } else if (!participantIds.contains(request)) {
                issue(requestPath, "Participant %s asks to room with %s, who is not a participant."
                        .formatted(participant.id(), request));
            } else if (!asked.add(request)) {
                issue(requestPath, "Participant %s asks to room with %s more than once; keep one request."
                        .formatted(participant.id(), request));
            }
        }
    }

    private void checkVisasHeld(String path, Participant participant) {
        requireNoBlankEntries(path + ".visasHeld", participant.visasHeld(), "A visa held by participant " + participant.id());
    }

    private void checkHouseholds(Map<String, List<Integer>> membersByHousehold) {
        membersByHousehold.forEach((household, members) -> {
            if (members.size() == 1) {
                int only = members.get(0);
                issue("$.participants[" + only + "].household", "The household (%s) has only one member (%s); a household is people who share a room whatever their genders, so give it to at least two participants or remove it."
                        .formatted(household, dataset.participants().get(only).id()));
            }
        });
    }
}
