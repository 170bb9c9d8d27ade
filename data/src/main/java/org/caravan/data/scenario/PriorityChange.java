package org.caravan.data.scenario;

import org.caravan.data.dataset.Participant;
import org.caravan.data.dataset.Role;
import org.jspecify.annotations.Nullable;

/**
 * New priority or must-attend for the participants who match every selector given (role, delegation, nationality);
 * at least one selector and one change. Later changes of a scenario win over earlier ones for the same participant.
 *
 * @param country the participants' nationality (ISO 3166 alpha-2 code, as the dataset writes it)
 */
public record PriorityChange(@Nullable Role role, @Nullable String delegation, @Nullable String country,
        @Nullable Integer priority, @Nullable Boolean mustAttend) {

    boolean hasSelector() {
        return role != null || delegation != null || country != null;
    }

    boolean hasChange() {
        return priority != null || mustAttend != null;
    }

    boolean matches(Participant participant) {
        return (role == null || role == participant.role())
                && (delegation == null || delegation.equals(participant.delegation()))
                && (country == null || country.equalsIgnoreCase(participant.nationality()));
    }
}
