package org.caravan.documents;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import org.caravan.data.dataset.Airport;
import org.caravan.data.dataset.Event;
import org.caravan.data.dataset.Organiser;
import org.caravan.data.dataset.Participant;
import org.caravan.data.dataset.VisaPurpose;
import org.caravan.data.dataset.VisaRule;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A participant's dossier: the event, their flights segment by segment in each airport's local time and zone, the
 * shuttles at arrival and departure, the hotel, room and roommates, the visas their passport needs for this
 * journey, who pays, and whom to ask.
 */
final class DossierPages {

    private DossierPages() {
    }

    static void write(Document document, TravelDossier dossier, Texts texts, LocalDate madeOn) {
        Participant participant = dossier.participant();
        Event event = dossier.event();
        letterhead(document, event, texts);
        Pdf.add(document, Pdf.paragraph(texts.get("dossier.title"), Pdf.colored(Pdf.BOLD, 10, Pdf.MUTED), 10));
        Pdf.add(document, Pdf.paragraph(participant.name(), Pdf.bold(17), 0));
        Pdf.add(document, Pdf.paragraph(join(" · ", texts.role(participant.role(), participant.gender()),
                participant.organisation(), texts.get("dossier.participant", participant.id())), Pdf.regular(9.5f), 0));
        if (participant.delegation() != null) {
            Pdf.add(document, Pdf.paragraph(texts.get("dossier.delegation", participant.delegation()), Pdf.colored(Pdf.REGULAR, 9, Pdf.MUTED), 0));
        }
        journey(document, dossier, texts);
        shuttles(document, dossier, texts);
        stay(document, dossier, texts);
        visas(document, dossier, texts);
        Pdf.add(document, Pdf.heading(texts.get("section.payer")));
        Pdf.add(document, Pdf.paragraph(payer(dossier, texts), Pdf.regular(10), 0));
        contact(document, event, texts);
        Pdf.add(document, Pdf.paragraph(texts.get("document.generated", texts.date(madeOn),
                dossier.planVersion() == null ? "–" : dossier.planVersion()), Pdf.colored(Pdf.REGULAR, 7.5f, Pdf.MUTED), 14));
    }

    /** The event's name, place and dates, and the organiser, at the top of every page set. */
    static void letterhead(Document document, Event event, Texts texts) {
        PdfPTable top = Pdf.table(1, 1);
        PdfPCell left = Pdf.cell(event.name(), Pdf.colored(Pdf.BOLD, 13, Pdf.ACCENT));
        top.addCell(left);
        PdfPCell right = Pdf.cell(organiserName(event, texts), Pdf.colored(Pdf.BOLD, 9, Pdf.MUTED));
        right.setHorizontalAlignment(com.lowagie.text.Element.ALIGN_RIGHT);
        top.addCell(right);
        top.addCell(Pdf.cell(texts.get("event.dates", event.venue().name(), texts.date(event.firstDay()), texts.date(event.lastDay())),
                Pdf.regular(9.5f)));
        Organiser organiser = event.organiser();
        PdfPCell contact = Pdf.cell(organiser == null ? "" : join(" · ", organiser.email(), organiser.phone()),
                Pdf.colored(Pdf.REGULAR, 8.5f, Pdf.MUTED));
        contact.setHorizontalAlignment(com.lowagie.text.Element.ALIGN_RIGHT);
        top.addCell(contact);
        PdfPCell rule = Pdf.cell("", Pdf.regular(2));
        rule.setColspan(2);
        rule.setBorder(Rectangle.BOTTOM);
        rule.setBorderColor(Pdf.ACCENT);
        rule.setBorderWidth(1.2f);
        top.addCell(rule);
        Pdf.add(document, top);
    }

    static String organiserName(Event event, Texts texts) {
        Organiser organiser = event.organiser();
        return organiser != null && organiser.name() != null && !organiser.name().isBlank() ? organiser.name()
                : texts.get("organiser.default", event.name());
    }

    private static void journey(Document document, TravelDossier dossier, Texts texts) {
        Pdf.add(document, Pdf.heading(texts.get("section.journey")));
        if (!dossier.flies()) {
            Pdf.add(document, Pdf.paragraph(texts.get("journey.ground"), Pdf.regular(10), 0));
            Pdf.add(document, Pdf.paragraph(texts.get("journey.ground.times", texts.dateTime(dossier.arrival()),
                    texts.dateTime(dossier.departure()), dossier.event().timeZone()), Pdf.regular(10), 0));
            return;
        }
        PdfPTable table = Pdf.table(1.5f, 1.1f, 2.2f, 2.6f, 2.2f, 2.6f);
        for (String key : List.of("", "journey.column.flight", "journey.column.from", "journey.column.departure",
                "journey.column.to", "journey.column.arrival")) {
            table.addCell(Pdf.headerCell(key.isEmpty() ? "" : texts.get(key), 8.5f));
        }
        table.setHeaderRows(1);
        legs(table, texts.get("journey.outbound"), dossier.outbound(), texts, false);
        legs(table, texts.get("journey.return"), dossier.inbound(), texts, true);
        Pdf.add(document, table);
        List<String> connections = new ArrayList<>();
        for (List<TravelDossier.Leg> direction : List.of(dossier.outbound(), dossier.inbound())) {
            for (int i = 0; i + 1 < direction.size(); i++) {
                long minutes = Duration.between(direction.get(i).landing(), direction.get(i + 1).takeOff()).toMinutes();
                connections.add(texts.get("journey.connection", airport(direction.get(i).to()), texts.duration(minutes)));
            }
        }
        for (String connection : connections) {
            Pdf.add(document, Pdf.paragraph(connection, Pdf.colored(Pdf.REGULAR, 8.5f, Pdf.MUTED), 0));
        }
    }

    private static void legs(PdfPTable table, String direction, List<TravelDossier.Leg> legs, Texts texts, boolean shaded) {
        Font font = Pdf.regular(8.5f);
        Font small = Pdf.colored(Pdf.REGULAR, 7, Pdf.MUTED);
        for (int i = 0; i < legs.size(); i++) {
            TravelDossier.Leg leg = legs.get(i);
            table.addCell(Pdf.boxed(i == 0 ? direction : "", Pdf.bold(8.5f), shaded));
            table.addCell(Pdf.boxed(leg.flight(), font, shaded));
            table.addCell(Pdf.boxed(airport(leg.from()), font, shaded));
            table.addCell(timed(texts.dateTime(leg.segment().departure()), texts.zone(leg.takeOff()), font, small, shaded));
            table.addCell(Pdf.boxed(airport(leg.to()), font, shaded));
            table.addCell(timed(texts.dateTime(leg.segment().arrival()), texts.zone(leg.landing()), font, small, shaded));
        }
    }

    private static PdfPCell timed(String time, String zone, Font font, Font small, boolean shaded) {
        PdfPCell cell = Pdf.boxed(time, font, shaded);
        cell.getPhrase().add(new com.lowagie.text.Chunk("\n" + zone, small));
        return cell;
    }

    static String airport(Airport airport) {
        return airport.city() == null ? airport.code() : airport.city() + " (" + airport.code() + ")";
    }

    private static void shuttles(Document document, TravelDossier dossier, Texts texts) {
        Pdf.add(document, Pdf.heading(texts.get("section.transfers")));
        if (dossier.pickup() == null && dossier.dropOff() == null) {
            Pdf.add(document, Pdf.paragraph(texts.get("transfers.none"), Pdf.regular(10), 0));
            return;
        }
        String venue = airport(dossier.venueAirport());
        if (dossier.pickup() != null) {
            Pdf.add(document, Pdf.paragraph(shuttle("transfers.pickup", venue, dossier.pickup(), texts), Pdf.regular(10), 0));
        }
        if (dossier.dropOff() != null) {
            Pdf.add(document, Pdf.paragraph(shuttle("transfers.dropoff", venue, dossier.dropOff(), texts), Pdf.regular(10), 2));
            Pdf.add(document, Pdf.paragraph(texts.get("transfers.dropoff.note"), Pdf.colored(Pdf.REGULAR, 8.5f, Pdf.MUTED), 0));
        }
    }

    static String shuttle(String key, String venue, TravelDossier.Shuttle shuttle, Texts texts) {
        return texts.get(key, venue, texts.time(shuttle.slot().start()), texts.time(shuttle.slot().end()),
                texts.shortDate(shuttle.slot().date()), shuttle.flight(), texts.time(shuttle.flightTime()));
    }

    private static void stay(Document document, TravelDossier dossier, Texts texts) {
        Pdf.add(document, Pdf.heading(texts.get("section.stay")));
        if (dossier.hotel() == null) {
            Pdf.add(document, Pdf.paragraph(texts.get("stay.none"), Pdf.regular(10), 0));
            return;
        }
        int stars = dossier.hotel().stars() == null ? 0 : dossier.hotel().stars();
        PdfPTable hotel = Pdf.table(1);
        PdfPCell name = Pdf.cell(dossier.hotel().name() + "  ", Pdf.bold(11));
        name.getPhrase().add(new com.lowagie.text.Chunk(texts.stars(stars), Pdf.colored(Pdf.REGULAR, 11, new java.awt.Color(0xC9, 0x8A, 0x00))));
        name.getPhrase().add(new com.lowagie.text.Chunk("  (" + texts.get("stay.stars", stars) + ")", Pdf.colored(Pdf.REGULAR, 8.5f, Pdf.MUTED)));
        hotel.addCell(name);
        if (dossier.hotel().address() != null) {
            hotel.addCell(Pdf.cell(dossier.hotel().address(), Pdf.regular(10)));
        }
        Pdf.add(document, hotel);
        TravelDossier.Stay stay = dossier.stay();
        String nights = stay.nights() == 1
                ? texts.get("stay.nights.one", texts.date(stay.firstNight()), texts.date(stay.checkOut()))
                : texts.get("stay.nights.many", stay.nights(), texts.date(stay.firstNight()), texts.date(stay.checkOut()));
        Pdf.add(document, Pdf.paragraph(texts.get("stay.room", dossier.room().id(), dossier.room().type()) + " · " + nights,
                Pdf.regular(10), 2));
        Pdf.add(document, Pdf.paragraph(dossier.roommates().isEmpty() ? texts.get("stay.alone")
                : texts.get("stay.roommates", texts.list(dossier.roommates())), Pdf.regular(10), 0));
    }

    private static void visas(Document document, TravelDossier dossier, Texts texts) {
        Pdf.add(document, Pdf.heading(texts.get("section.visa")));
        String passport = texts.country(dossier.participant().nationality());
        if (dossier.visas().isEmpty()) {
            Pdf.add(document, Pdf.paragraph(texts.get("visa.none", passport), Pdf.regular(10), 0));
            return;
        }
        for (VisaRule rule : dossier.visas()) {
            String key = rule.purpose() == VisaPurpose.ENTRY ? "visa.entry" : "visa.transit";
            Pdf.add(document, Pdf.paragraph(texts.get(key, texts.country(rule.country()), rule.visa(),
                    texts.money(rule.fee(), dossier.event().currency()), passport), Pdf.regular(10), 0));
        }
        if (dossier.needsVisaLetter()) {
            Pdf.add(document, Pdf.paragraph(texts.get("visa.letter"), Pdf.bold(10), 2));
        }
    }

    static String payer(TravelDossier dossier, Texts texts) {
        return switch (dossier.payer().kind()) {
            case FUND -> texts.get("payer.fund", dossier.payer().fundName());
            case GENERAL -> texts.get("payer.general");
            case SELF -> texts.get("payer.self");
        };
    }

    private static void contact(Document document, Event event, Texts texts) {
        Pdf.add(document, Pdf.heading(texts.get("section.contact")));
        Organiser organiser = event.organiser();
        Pdf.add(document, Pdf.paragraph(organiserName(event, texts), Pdf.bold(10), 0));
        if (organiser != null) {
            for (String line : new String[] {organiser.address(), join(" · ", organiser.email(), organiser.phone())}) {
                if (line != null && !line.isBlank()) {
                    Pdf.add(document, Pdf.paragraph(line, Pdf.regular(10), 0));
                }
            }
        }
    }

    static String join(String separator, String... parts) {
        List<String> present = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                present.add(part);
            }
        }
        return String.join(separator, present);
    }
}
