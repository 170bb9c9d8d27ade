package org.caravan.api.documents;

import java.util.List;

/**
 * The documents of a plan and where to download them.
 *
 * @param dossiers one per brought participant
 * @param letters the participants who get a visa invitation letter
 * @param delegations the delegations with a brought member
 * @param unprintableNames participants whose names the embedded font cannot write in full; check before sending
 */
public record PlanDocumentIndex(long planId, List<Link> dossiers, List<Link> letters, List<Link> delegations, String vipSheet,
        String all, List<String> unprintableNames) {

    /** A document of one participant (or delegation) and its URL. */
    public record Link(String id, String name, String href) {
    }
}
