package org.caravan.documents;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.PdfPTable;
import org.caravan.data.dataset.Airport;
import org.caravan.data.dataset.Event;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The protocol team's sheet: for each guest of honour and speaker brought (the roles the policy's star level
 * protects), when and on which flight they land and leave, their shuttle slots, and their hotel with its stars.
 */
final class VipSheetPages {

    private VipSheetPages() {
    }

    static void write(Document document, Event event, Airport venueAirport, List<TravelDossier> dossiers, Texts texts,
            LocalDate madeOn) {
        List<TravelDossier> protocol = dossiers.stream().filter(dossier -> dossier.participant().role().isDistinguished())
                .sorted(Comparator.comparing(TravelDossier::arrival).thenComparing(dossier -> dossier.participant().name()))
                .toList();
        DossierPages.letterhead(document, event, texts);
        Pdf.add(document, Pdf.paragraph(texts.get("vip.title"), Pdf.bold(15), 10));
        Pdf.add(document, Pdf.paragraph(texts.get("vip.subtitle", DossierPages.airport(venueAirport),
                protocol.size()), Pdf.colored(Pdf.REGULAR, 9, Pdf.MUTED), 0));
        if (protocol.isEmpty()) {
            Pdf.add(document, Pdf.paragraph(texts.get("vip.none"), Pdf.regular(10), 12));
            return;
        }
        PdfPTable table = Pdf.table(3.2f, 1.7f, 1.5f, 2.4f, 1.7f, 3, 1.3f, 2.4f, 1.7f);
        table.setSpacingBefore(8);
        for (String column : List.of("name", "role", "nationality", "arrival", "pickup", "hotel", "room", "departure", "dropoff")) {
            table.addCell(Pdf.headerCell(texts.get("vip.column." + column), 8));
        }
        table.setHeaderRows(1);
        Font font = Pdf.regular(8);
        Font bold = Pdf.bold(8);
        boolean shaded = false;
        for (TravelDossier dossier : protocol) {
            table.addCell(Pdf.boxed(dossier.participant().name(), bold, shaded));
            table.addCell(Pdf.boxed(texts.role(dossier.participant().role(), dossier.participant().gender()), font, shaded));
            table.addCell(Pdf.boxed(texts.country(dossier.participant().nationality()), font, shaded));
            table.addCell(Pdf.boxed(dossier.pickup() == null ? texts.dateTime(dossier.arrival()) + "\n" + texts.get("vip.ground")
                    : texts.dateTime(dossier.pickup().flightTime()) + "\n" + dossier.pickup().flight(), font, shaded));
            table.addCell(Pdf.boxed(slot(dossier.pickup(), texts), font, shaded));
            table.addCell(Pdf.boxed(dossier.hotel() == null ? "–"
                    : dossier.hotel().name() + " " + texts.stars(dossier.hotel().stars() == null ? 0 : dossier.hotel().stars()), font, shaded));
            table.addCell(Pdf.boxed(dossier.room() == null ? "–" : dossier.room().id(), font, shaded));
            table.addCell(Pdf.boxed(dossier.dropOff() == null ? texts.dateTime(dossier.departure()) + "\n" + texts.get("vip.ground")
                    : texts.dateTime(dossier.dropOff().flightTime()) + "\n" + dossier.dropOff().flight(), font, shaded));
            table.addCell(Pdf.boxed(slot(dossier.dropOff(), texts), font, shaded));
            shaded = !shaded;
        }
        Pdf.add(document, table);
        Pdf.add(document, Pdf.paragraph(texts.get("document.generated", texts.date(madeOn),
                protocol.get(0).planVersion() == null ? "–" : protocol.get(0).planVersion()), Pdf.colored(Pdf.REGULAR, 7.5f, Pdf.MUTED), 10));
    }

    private static String slot(TravelDossier.Shuttle shuttle, Texts texts) {
        return shuttle == null ? "–" : texts.time(shuttle.slot().start()) + "–" + texts.time(shuttle.slot().end());
    }
}
