package org.caravan.documents;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import org.caravan.data.dataset.Event;
import org.caravan.data.dataset.Organiser;
import org.caravan.data.dataset.Participant;
import org.caravan.data.dataset.VisaRule;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A visa invitation letter, addressed to the consulate of the venue's country: who is invited (name, nationality,
 * organisation, role), to which event, the dates of stay and the hotel, who pays, and the organiser's signature.
 */
final class VisaLetterPages {

    private VisaLetterPages() {
    }

    static void write(Document document, TravelDossier dossier, Texts texts, LocalDate issuedOn) {
        Participant participant = dossier.participant();
        Event event = dossier.event();
        Organiser organiser = event.organiser();
        String organiserName = DossierPages.organiserName(event, texts);
        PdfPTable head = Pdf.table(1);
        head.addCell(Pdf.cell(organiserName, Pdf.colored(Pdf.BOLD, 13, Pdf.ACCENT)));
        if (organiser != null) {
            String contact = DossierPages.join(" · ", organiser.address(), organiser.email(), organiser.phone());
            if (!contact.isBlank()) {
                head.addCell(Pdf.cell(contact, Pdf.colored(Pdf.REGULAR, 8.5f, Pdf.MUTED)));
            }
        }
        Pdf.add(document, head);

        PdfPTable address = Pdf.table(1, 1);
        address.setSpacingBefore(28);
        address.addCell(Pdf.cell("", Pdf.regular(10)));
        PdfPCell to = Pdf.cell(texts.get("letter.to") + "\n" + texts.get("letter.embassy", texts.ofCountry(dossier.venueCountry())),
                Pdf.regular(10.5f));
        address.addCell(to);
        address.addCell(Pdf.cell("", Pdf.regular(10)));
        PdfPCell date = Pdf.cell(texts.get("letter.date", texts.plainDate(issuedOn)), Pdf.regular(10.5f));
        date.setPaddingTop(14);
        address.addCell(date);
        Pdf.add(document, address);

        String entryVisas = dossier.entryVisas().stream().map(VisaRule::visa).distinct().collect(Collectors.joining(", "));
        String invited = texts.titled(participant.name(), participant.gender());
        Pdf.add(document, Pdf.paragraph(texts.get("letter.subject", entryVisas, invited), Pdf.bold(10.5f), 22));
        Pdf.add(document, Pdf.paragraph(texts.get("letter.salutation"), Pdf.regular(10.5f), 14));
        String venueCity = dossier.venueAirport().city() == null ? event.venue().name() : dossier.venueAirport().city();
        Pdf.add(document, Pdf.paragraph(texts.get("letter.body", organiserName, invited,
                texts.nationalOf(participant.nationality(), participant.gender()), event.name(), venueCity,
                event.venue().name(), texts.country(dossier.venueCountry()), texts.plainDate(event.firstDay()), texts.plainDate(event.lastDay())),
                Pdf.regular(10.5f), 8));

        Pdf.add(document, Pdf.paragraph(texts.get("letter.particulars"), Pdf.regular(10.5f), 10));
        PdfPTable facts = Pdf.table(1.3f, 4);
        facts.setSpacingBefore(4);
        Font label = Pdf.bold(9.5f);
        Font value = Pdf.regular(9.5f);
        row(facts, texts.get("letter.row.name"), participant.name(), label, value);
        row(facts, texts.get("letter.row.nationality"), texts.country(participant.nationality()) + " (" + participant.nationality() + ")", label, value);
        if (participant.organisation() != null) {
            row(facts, texts.get("letter.row.organisation"), participant.organisation(), label, value);
        }
        row(facts, texts.get("letter.row.role"), texts.role(participant.role(), participant.gender()), label, value);
        row(facts, texts.get("letter.row.arrival"), arrival(dossier, texts), label, value);
        row(facts, texts.get("letter.row.departure"), departure(dossier, texts), label, value);
        if (dossier.hotel() != null) {
            row(facts, texts.get("letter.row.accommodation"), texts.get("letter.accommodation", dossier.hotel().name(),
                    dossier.hotel().address() == null ? venueCity : dossier.hotel().address(),
                    texts.plainDate(dossier.stay().firstNight()), texts.plainDate(dossier.stay().checkOut())), label, value);
        }
        row(facts, texts.get("letter.row.costs"), costs(dossier, texts), label, value);
        Pdf.add(document, facts);

        Pdf.add(document, Pdf.paragraph(texts.get("letter.request", invited), Pdf.regular(10.5f), 12));
        Pdf.add(document, Pdf.paragraph(texts.get("letter.closing"), Pdf.regular(10.5f), 10));
        signature(document, organiser, organiserName, texts);
    }

    private static void row(PdfPTable table, String label, String value, Font labelFont, Font valueFont) {
        table.addCell(Pdf.boxed(label, labelFont, true));
        table.addCell(Pdf.boxed(value, valueFont, false));
    }

    private static String arrival(TravelDossier dossier, Texts texts) {
        if (!dossier.flies()) {
            return texts.plainDate(dossier.arrival().toLocalDate());
        }
        TravelDossier.Leg last = dossier.outbound().get(dossier.outbound().size() - 1);
        return texts.get("letter.arrival.flight", texts.plainDate(last.segment().arrival().toLocalDate()), last.flight(),
                DossierPages.airport(last.from()));
    }

    private static String departure(TravelDossier dossier, Texts texts) {
        if (!dossier.flies()) {
            return texts.plainDate(dossier.departure().toLocalDate());
        }
        TravelDossier.Leg first = dossier.inbound().get(0);
        return texts.get("letter.departure.flight", texts.plainDate(first.segment().departure().toLocalDate()), first.flight(),
                DossierPages.airport(first.to()));
    }

    private static String costs(TravelDossier dossier, Texts texts) {
        return switch (dossier.payer().kind()) {
            case FUND -> texts.get("letter.costs.fund", dossier.payer().fundName());
            case GENERAL -> texts.get("letter.costs.general");
            case SELF -> texts.gendered("letter.costs.self", dossier.participant().gender());
        };
    }

    private static void signature(Document document, Organiser organiser, String organiserName, Texts texts) {
        PdfPTable block = Pdf.table(1, 1);
        block.setSpacingBefore(64);
        block.addCell(Pdf.cell("", Pdf.regular(10)));
        String signatory = organiser == null ? null : organiser.signatory();
        String title = organiser == null ? null : organiser.signatoryTitle();
        List<String> lines = signatory == null || signatory.isBlank()
                ? List.of(texts.get("organiser.signature.default"), organiserName)
                : List.of(signatory, title == null ? "" : title, organiserName);
        PdfPCell cell = Pdf.cell("", Pdf.regular(10.5f));
        cell.setPaddingTop(4);
        cell.setBorder(com.lowagie.text.Rectangle.TOP);
        cell.setBorderColor(Pdf.MUTED);
        cell.getPhrase().add(new com.lowagie.text.Chunk(lines.get(0), Pdf.bold(10.5f)));
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) {
                cell.getPhrase().add(new com.lowagie.text.Chunk("\n" + line, Pdf.regular(10)));
            }
        }
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        block.addCell(cell);
        Pdf.add(document, block);
    }
}
