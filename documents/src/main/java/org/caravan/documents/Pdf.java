package org.caravan.documents;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/**
 * How every document is set: A4 pages, DejaVu Sans embedded (a subset per document), and every piece of text laid
 * out in a table cell with a left-to-right run direction, which is what makes OpenPDF shape Arabic (joined letters,
 * read right to left) inside a French or English line. Text added any other way would come out unshaped.
 */
final class Pdf {

    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
    static final BaseFont REGULAR = font("DejaVuSans.ttf");
    static final BaseFont BOLD = font("DejaVuSans-Bold.ttf");
    static final Color ACCENT = new Color(0x1F, 0x4E, 0x79);
    static final Color SHADE = new Color(0xEE, 0xF3, 0xF8);
    static final Color MUTED = new Color(0x55, 0x55, 0x55);

    private Pdf() {
    }

    private static BaseFont font(String file) {
        try (InputStream in = Pdf.class.getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IllegalStateException("The font " + file + " is missing: the jasperreports-fonts jar must be on the classpath.");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Font regular(float size) {
        return new Font(REGULAR, size);
    }

    static Font bold(float size) {
        return new Font(BOLD, size);
    }

    static Font colored(BaseFont base, float size, Color color) {
        return new Font(base, size, Font.NORMAL, color);
    }

    /** Whether the embedded font draws every character of the text (a name in a script it lacks would be blank). */
    static boolean covers(String text) {
        return text.codePoints().filter(c -> !Character.isWhitespace(c) && Character.getType(c) != Character.FORMAT)
                .allMatch(c -> REGULAR.charExists(c));
    }

    /** A document written page after page by {@code content}, as PDF bytes. */
    static byte[] document(Rectangle pageSize, String title, Consumer<Document> content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(pageSize, 48, 48, 48, 48);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPdfVersion(PdfWriter.VERSION_1_7);
            document.addTitle(title);
            document.addCreator("Caravan");
            document.open();
            content.accept(document);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The document could not be laid out: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    static Rectangle portrait() {
        return PageSize.A4;
    }

    static Rectangle landscape() {
        return PageSize.A4.rotate();
    }

    /** A paragraph: one borderless cell as wide as the page. */
    static PdfPTable paragraph(String text, Font font, float spaceBefore) {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setSpacingBefore(spaceBefore);
        table.addCell(cell(text, font));
        return table;
    }

    static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
        cell.setPaddingLeft(0);
        cell.setPaddingRight(4);
        cell.setPaddingTop(1);
        cell.setPaddingBottom(2);
        return cell;
    }

    static PdfPCell headerCell(String text, float size) {
        PdfPCell cell = cell(text, colored(BOLD, size, Color.WHITE));
        cell.setBackgroundColor(ACCENT);
        cell.setPadding(3);
        return cell;
    }

    static PdfPCell boxed(String text, Font font, boolean shaded) {
        PdfPCell cell = cell(text, font);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(new Color(0xCC, 0xCC, 0xCC));
        cell.setPadding(3);
        if (shaded) {
            cell.setBackgroundColor(SHADE);
        }
        return cell;
    }

    /** A section heading with a rule under it. */
    static PdfPTable heading(String text) {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setSpacingBefore(12);
        table.setSpacingAfter(4);
        PdfPCell cell = cell(text, colored(BOLD, 11.5f, ACCENT));
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(ACCENT);
        cell.setPaddingBottom(3);
        table.addCell(cell);
        return table;
    }

    static PdfPTable table(float... widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        return table;
    }

    static void add(Document document, Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException("The document could not be laid out: " + e.getMessage(), e);
        }
    }
}
