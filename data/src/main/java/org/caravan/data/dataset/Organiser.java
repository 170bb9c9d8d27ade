package org.caravan.data.dataset;

import org.jspecify.annotations.Nullable;

/**
 * The organisation behind the event, as participants and consulates read it: the letterhead and contact of the
 * dossiers and the signature line of the visa invitation letters. Every field is optional.
 *
 * @param name the organisation's name, such as "Réseau Sahel Société Civile"
 * @param address its postal address, lines separated by line breaks or commas
 * @param email the address participants write to
 * @param phone the number participants call, with its country code
 * @param signatory the person who signs the visa invitation letters
 * @param signatoryTitle the signatory's function, such as "Executive Director"
 */
public record Organiser(@Nullable String name, @Nullable String address, @Nullable String email, @Nullable String phone,
        @Nullable String signatory, @Nullable String signatoryTitle) {
}
