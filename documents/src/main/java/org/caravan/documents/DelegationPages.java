package org.caravan.documents;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.PdfPTable;
import org.caravan.data.dataset.Event;

import java.util.List;

/** The cover of a delegation's dossier: its members, when they land and where they sleep; their dossiers follow. */
final class DelegationPages {

    private DelegationPages() {
    }

    static void cover(Document document, Event event, String delegation, List<TravelDossier> members, Texts texts) {
        DossierPages.letterhead(document, event, texts);
        Pdf.add(document, Pdf.paragraph(texts.get("delegation.title", delegation), Pdf.bold(16), 12));
        Pdf.add(document, Pdf.paragraph(texts.get("delegation.members", members.size()), Pdf.colored(Pdf.REGULAR, 9.5f, Pdf.MUTED), 0));
        PdfPTable table = Pdf.table(3.2f, 2.6f, 3, 1.4f);
        table.setSpacingBefore(8);
        for (String column : List.of("name", "arrival", "hotel", "room")) {
            table.addCell(Pdf.headerCell(texts.get("delegation.column." + column), 8.5f));
        }
        table.setHeaderRows(1);
        Font font = Pdf.regular(9);
        boolean shaded = false;
        for (TravelDossier member : members) {
            table.addCell(Pdf.boxed(member.participant().name(), Pdf.bold(9), shaded));
            table.addCell(Pdf.boxed(texts.dateTime(member.arrival()) + (member.pickup() == null ? "" : " · " + member.pickup().flight()), font, shaded));
            table.addCell(Pdf.boxed(member.hotel() == null ? "–" : member.hotel().name(), font, shaded));
            table.addCell(Pdf.boxed(member.room() == null ? "–" : member.room().id(), font, shaded));
            shaded = !shaded;
        }
        Pdf.add(document, table);
    }
}
