package org.caravan.api.results;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.caravan.data.export.HotelRooming;
import org.caravan.data.export.RoomingRow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** All rooming lists in one .xlsx workbook, a sheet per hotel, with real date cells a hotel can sort and filter. */
final class RoomingWorkbook {

    private static final String[] HEADERS = {"Room", "Room type", "First night", "Last night", "Check-out", "Nights",
            "Participant", "Name", "Gender", "Nationality", "Languages", "Needs", "Roommates"};

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
            Set<String> sheetNames = new HashSet<>();
            for (HotelRooming hotel : hotels) {
                Sheet sheet = workbook.createSheet(sheetName(hotel, sheetNames));
                Row top = sheet.createRow(0);
                for (int column = 0; column < HEADERS.length; column++) {
                    top.createCell(column).setCellValue(HEADERS[column]);
                    top.getCell(column).setCellStyle(header);
                }
                int index = 1;
                for (RoomingRow row : hotel.rows()) {
                    Row line = sheet.createRow(index++);
                    line.createCell(0).setCellValue(row.roomId());
                    line.createCell(1).setCellValue(row.roomType() == null ? "" : row.roomType());
                    dateCell(line, 2, row.firstNight(), date);
                    dateCell(line, 3, row.lastNight(), date);
                    dateCell(line, 4, row.checkOut(), date);
                    line.createCell(5).setCellValue(row.nights());
                    line.createCell(6).setCellValue(row.participantId());
                    line.createCell(7).setCellValue(row.name() == null ? "" : row.name());
                    line.createCell(8).setCellValue(row.gender() == null ? "" : row.gender().name());
                    line.createCell(9).setCellValue(row.nationality() == null ? "" : row.nationality());
                    line.createCell(10).setCellValue(String.join(", ", row.languages()));
                    line.createCell(11).setCellValue(row.needs());
                    line.createCell(12).setCellValue(String.join(", ", row.roommates()));
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
