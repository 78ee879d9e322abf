package com.serviceportal.settings.faultcodes;

import com.serviceportal.jobs.faultcodes.FaultCodeFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The two example import files an administrator fills in: one with the compulsory columns only, one
 * with example rows. Filled in, they are saved as CSV and uploaded.
 */
final class ExampleWorkbooks {

    private static final List<List<String>> EXAMPLES = List.of(
            List.of("FC-E42", "Belt motor overload (E42)"),
            List.of("FC-T10", "Temperature too high"),
            List.of("FC-D01", "Door does not close"),
            List.of("FC-P07", "No power to the control panel"));

    private ExampleWorkbooks() {}

    static byte[] columns() {
        return workbook(List.of());
    }

    static byte[] examples() {
        return workbook(EXAMPLES);
    }

    private static byte[] workbook(List<List<String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Fault codes");
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            Row first = sheet.createRow(0);
            first.createCell(0).setCellValue(FaultCodeFile.STOCK_CODE);
            first.createCell(1).setCellValue(FaultCodeFile.FRIENDLY_NAME);
            first.getCell(0).setCellStyle(header);
            first.getCell(1).setCellStyle(header);
            for (int i = 0; i < rows.size(); i++) {
                Row row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue(rows.get(i).get(0));
                row.createCell(1).setCellValue(rows.get(i).get(1));
            }
            sheet.setColumnWidth(0, 20 * 256);
            sheet.setColumnWidth(1, 60 * 256);
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
