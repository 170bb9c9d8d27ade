package org.caravan.documents;

import org.caravan.data.dataset.Dataset;
import org.caravan.data.dataset.Participant;
import org.caravan.data.plan.Plan;
import org.caravan.data.text.WrittenLanguage;
import org.caravan.data.validation.ValidDataset;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The documents of a plan, as PDF: a dossier per brought participant (also per delegation, and all of them in one
 * ZIP), a visa invitation letter for each one whose journey needs an entry visa they can obtain, and the protocol
 * team's sheet of guests of honour and speakers. Each participant's documents come in their language unless the
 * planner chooses one for the batch.
 */
public final class TravelDocuments {

    private final Dataset dataset;
    private final Map<String, TravelDossier> dossiers = new LinkedHashMap<>();
    private final LocalDate madeOn;

    /**
     * @param dataset the dataset the plan was made from
     * @param madeOn the date the documents carry (and the letters are signed on)
     */
    public TravelDocuments(ValidDataset dataset, Plan plan, LocalDate madeOn) {
        this.dataset = dataset.dataset();
        this.madeOn = madeOn;
        TravelDossiers.of(dataset, plan).forEach(dossier -> dossiers.put(dossier.participant().id(), dossier));
    }

    /** The brought participants, in the plan's order. */
    public List<String> participants() {
        return List.copyOf(dossiers.keySet());
    }

    public Optional<TravelDossier> facts(String participantId) {
        return Optional.ofNullable(dossiers.get(participantId));
    }

    /** Those whose journey needs an entry visa they can obtain, who get an invitation letter. */
    public List<String> visaLetterParticipants() {
        return dossiers.values().stream().filter(TravelDossier::needsVisaLetter).map(dossier -> dossier.participant().id()).toList();
    }

    /** The delegations with at least one brought member, in the order their first member comes. */
    public List<String> delegations() {
        return dossiers.values().stream().map(dossier -> dossier.participant().delegation()).filter(java.util.Objects::nonNull)
                .distinct().toList();
    }

    /** One participant's dossier; empty when they are not brought. */
    public Optional<byte[]> dossier(String participantId, WrittenLanguage chosen) {
        TravelDossier dossier = dossiers.get(participantId);
        if (dossier == null) {
            return Optional.empty();
        }
        Texts texts = texts(chosen, dossier.participant());
        return Optional.of(Pdf.document(Pdf.portrait(), texts.get("dossier.title") + " – " + dossier.participant().name(),
                document -> DossierPages.write(document, dossier, texts, madeOn)));
    }

    /** A delegation's members on a cover page, then each member's dossier; empty when none is brought. */
    public Optional<byte[]> delegationDossier(String delegation, WrittenLanguage chosen) {
        List<TravelDossier> members = dossiers.values().stream()
                .filter(dossier -> delegation.equals(dossier.participant().delegation())).toList();
        if (members.isEmpty()) {
            return Optional.empty();
        }
        Texts cover = new Texts(eventLanguage(chosen));
        return Optional.of(Pdf.document(Pdf.portrait(), cover.get("delegation.title", delegation), document -> {
            DelegationPages.cover(document, dataset.event(), delegation, members, cover);
            for (TravelDossier member : members) {
                document.newPage();
                DossierPages.write(document, member, texts(chosen, member.participant()), madeOn);
            }
        }));
    }

    /** The visa invitation letter; empty when the participant is not brought or needs no entry visa. */
    public Optional<byte[]> visaLetter(String participantId, WrittenLanguage chosen) {
        TravelDossier dossier = dossiers.get(participantId);
        if (dossier == null || !dossier.needsVisaLetter()) {
            return Optional.empty();
        }
        Texts texts = texts(chosen, dossier.participant());
        return Optional.of(Pdf.document(Pdf.portrait(), "Invitation – " + dossier.participant().name(),
                document -> VisaLetterPages.write(document, dossier, texts, madeOn)));
    }

    public byte[] vipSheet(WrittenLanguage chosen) {
        Texts texts = new Texts(eventLanguage(chosen));
        return Pdf.document(Pdf.landscape(), texts.get("vip.title"),
                document -> VipSheetPages.write(document, dataset.event(), venueAirport(), List.copyOf(dossiers.values()), texts, madeOn));
    }

    /** File name and bytes of every document: {@code <id>.pdf}, {@code letter-<id>.pdf}, {@code vip.pdf}. */
    public Map<String, byte[]> all(WrittenLanguage chosen) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String id : dossiers.keySet()) {
            files.put(fileName(id) + ".pdf", dossier(id, chosen).orElseThrow());
        }
        for (String id : visaLetterParticipants()) {
            files.put("letter-" + fileName(id) + ".pdf", visaLetter(id, chosen).orElseThrow());
        }
        files.put("vip.pdf", vipSheet(chosen));
        return files;
    }

    /** Every document in one ZIP, as {@link #all} names them. */
    public byte[] zip(WrittenLanguage chosen) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> file : all(chosen).entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes every document into the folder (created when needed) and returns the files written. */
    public List<Path> writeTo(Path folder, WrittenLanguage chosen) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : all(chosen).entrySet()) {
            Path path = folder.resolve(file.getKey());
            Files.write(path, file.getValue());
            written.add(path);
        }
        return written;
    }

    /** Names that cannot be written with the embedded font, which a planner should know of before printing. */
    public List<String> participantsWithUnprintableNames() {
        return dossiers.values().stream().map(TravelDossier::participant).filter(participant -> !Pdf.covers(participant.name()))
                .map(Participant::id).toList();
    }

    private org.caravan.data.dataset.Airport venueAirport() {
        return dataset.airports().stream().filter(airport -> airport.code().equals(dataset.event().venue().airport()))
                .findFirst().orElseThrow();
    }

    private Texts texts(WrittenLanguage chosen, Participant participant) {
        return new Texts(participantLanguage(chosen, participant));
    }

    /**
     * The language of one participant's documents: the planner's choice for this batch when given, else the
     * participant's preference, else the event's language, else English.
     */
    private WrittenLanguage participantLanguage(WrittenLanguage chosen, Participant participant) {
        WrittenLanguage preferred = WrittenLanguage.of(participant.preferredLanguage());
        return chosen != null ? chosen : preferred != null ? preferred : eventLanguage(null);
    }

    /** The language of documents for everyone (protocol sheet, delegation covers): the planner's, else the event's. */
    private WrittenLanguage eventLanguage(WrittenLanguage chosen) {
        WrittenLanguage event = WrittenLanguage.of(dataset.event().language());
        return chosen != null ? chosen : event != null ? event : WrittenLanguage.EN;
    }

    /** An id as a file name: letters, digits, dot, dash and underscore kept, anything else made a dash. */
    static String fileName(String id) {
        String safe = id.replaceAll("[^A-Za-z0-9._-]", "-");
        return safe.startsWith(".") ? "-" + safe.substring(1) : safe;
    }
}
