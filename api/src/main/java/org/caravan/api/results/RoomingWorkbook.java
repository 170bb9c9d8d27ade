package org.caravan.api.results;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.caravan.data.export.HotelRooming;
import org.caravan.data.export.RoomBooking;
import org.caravan.data.export.RoomingRow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * All rooming lists in one .xlsx workbook, a sheet per hotel (an unused hotel's says so), each room's booking line
 * in bold followed by its guests, with real date and money cells a hotel can sort and filter.
 */
final class RoomingWorkbook {

    private static final String[] HEADERS = {"Line", "Room", "Room type", "First night", "Last night", "Check-out",
            "Nights", "Participant", "Name", "Gender", "Nationality", "Languages", "Needs", "Roommates",
            "Guests per night", "Price per night", "Room price"};

    private RoomingWorkbook() {
    }

    static byte[] of(List<HotelRooming> hotels) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("#,##0.00"));
            Set<String> sheetNames = new HashSet<>();
            for (HotelRooming hotel : hotels) {
                Sheet sheet = workbook.createSheet(sheetName(hotel, sheetNames));
                Row top = sheet.createRow(0);
                for (int column = 0; column < HEADERS.length; column++) {
                    top.createCell(column).setCellValue(HEADERS[column]);
                    top.getCell(column).setCellStyle(header);
                }
                int index = 1;
                int next = 0;
                for (RoomBooking room : hotel.rooms()) {
                    Row line = sheet.createRow(index++);
                    text(line, 0, "room", header);
                    text(line, 1, room.roomId(), header);
                    text(line, 2, room.roomType(), null);
                    dateCell(line, 3, room.checkIn(), date);
                    dateCell(line, 4, room.checkOut().minusDays(1), date);
                    dateCell(line, 5, room.checkOut(), date);
                    line.createCell(6).setCellValue(room.nightsCharged());
                    text(line, 14, room.occupancy(), null);
                    moneyCell(line, 15, room.pricePerNight(), money);
                    moneyCell(line, 16, room.price(), money);
                    while (next < hotel.rows().size() && hotel.rows().get(next).roomId().equals(room.roomId())) {
                        guestLine(sheet.createRow(index++), hotel.rows().get(next++), date);
                    }
                }
                if (hotel.unused()) {
                    text(sheet.createRow(index), 0, "Nobody is placed in this hotel by this plan.", null);
                }
                sheet.createFreezePane(0, 1);
                for (int column = 0; column < HEADERS.length; column++) {
                    sheet.setColumnWidth(column, 16 * 256);
                }
            }
            if (hotels.isEmpty()) {
                workbook.createSheet("No rooms used").createRow(0).createCell(0)
                        .setCellValue("The plan puts nobody in a hotel room.");
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void guestLine(Row line, RoomingRow row, CellStyle date) {
        text(line, 0, "guest", null);
        text(line, 1, row.roomId(), null);
        text(line, 2, row.roomType(), null);
        dateCell(line, 3, row.firstNight(), date);
        dateCell(line, 4, row.lastNight(), date);
        dateCell(line, 5, row.checkOut(), date);
        line.createCell(6).setCellValue(row.nights());
        text(line, 7, row.participantId(), null);
        text(line, 8, row.name(), null);
        text(line, 9, row.gender() == null ? null : row.gender().name(), null);
        text(line, 10, row.nationality(), null);
        text(line, 11, String.join(", ", row.languages()), null);
        text(line, 12, row.needs(), null);
        text(line, 13, String.join(", ", row.roommates()), null);
    }

    private static void text(Row line, int column, String value, CellStyle style) {
        line.createCell(column).setCellValue(value == null ? "" : value);
        if (style != null) {
            line.getCell(column).setCellStyle(style);
        }
    }

    private static void moneyCell(Row line, int column, BigDecimal value, CellStyle style) {
        line.createCell(column).setCellValue(value.doubleValue());
        line.getCell(column).setCellStyle(style);
    }

    private static void dateCell(Row line, int column, LocalDate value, CellStyle style) {
        if (value != null) {
            line.createCell(column).setCellValue(value);
            line.getCell(column).setCellStyle(style);
        }
    }

    /** Sheet names are at most 31 characters, without []:*?/\ and unique in the workbook. */
    private static String sheetName(HotelRooming hotel, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(hotel.hotelName() == null || hotel.hotelName().isBlank()
                ? hotel.hotelId() : hotel.hotelName());
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase()); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }
}
