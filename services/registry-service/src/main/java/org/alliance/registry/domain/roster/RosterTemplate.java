package org.alliance.registry.domain.roster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The empty roster a union fills in: the header row in {@link RosterColumn} order. The workbook
 * marks required columns, formats the code columns as text (so Excel keeps an 18-character credit
 * code and a leading zero instead of turning them into numbers) and explains every column on a
 * second sheet; the CSV starts with a byte-order mark so that Excel opens it as UTF-8.
 */
public final class RosterTemplate {

    public static final String SHEET = "名单";
    public static final String HELP_SHEET = "填写说明";

    private RosterTemplate() {
    }

    public static byte[] csv() {
        String header = Arrays.stream(RosterColumn.values()).map(RosterColumn::header).collect(Collectors.joining(","));
        byte[] text = (header + "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[text.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(text, 0, out, 3, text.length);
        return out;
    }

    public static byte[] xlsx() {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle required = headerStyle(book, IndexedColors.LIGHT_ORANGE);
            CellStyle optional = headerStyle(book, IndexedColors.GREY_25_PERCENT);
            CellStyle text = book.createCellStyle();
            text.setDataFormat(book.createDataFormat().getFormat("@"));

            Sheet roster = book.createSheet(SHEET);
            Row header = roster.createRow(0);
            for (RosterColumn column : RosterColumn.values()) {
                int i = column.ordinal();
                var cell = header.createCell(i);
                cell.setCellValue(column.header());
                cell.setCellStyle(column.required() ? required : optional);
                roster.setDefaultColumnStyle(i, text);
                roster.setColumnWidth(i, 256 * Math.max(12, column.header().length() * 3));
            }
            roster.createFreezePane(0, 1);

            Sheet help = book.createSheet(HELP_SHEET);
            Row titles = help.createRow(0);
            String[] names = {"列名", "是否必填", "填写说明"};
            for (int i = 0; i < names.length; i++) {
                titles.createCell(i).setCellValue(names[i]);
                titles.getCell(i).setCellStyle(optional);
            }
            for (RosterColumn column : RosterColumn.values()) {
                Row row = help.createRow(column.ordinal() + 1);
                row.createCell(0).setCellValue(column.header());
                row.createCell(1).setCellValue(column.required() ? "必填" : "选填");
                row.createCell(2).setCellValue(column.help());
            }
            help.setColumnWidth(0, 256 * 20);
            help.setColumnWidth(2, 256 * 90);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CellStyle headerStyle(XSSFWorkbook book, IndexedColors colour) {
        CellStyle style = book.createCellStyle();
        Font bold = book.createFont();
        bold.setBold(true);
        style.setFont(bold);
        style.setFillForegroundColor(colour.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }
}
