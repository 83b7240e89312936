package space.consortium.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The one writer of a {@link Table} as a file: CSV (RFC 4180, UTF-8, the result table only, numbers as plain decimals
 * — never {@code 1.9193E8}) or an Office Open XML spreadsheet (sheet 1 the result with numbers as numbers, sheet 2
 * "Inputs" with the inputs and the seed), written with Apache POI and Commons CSV.
 */
public final class TableExport {

    public static final String CSV_VALUE = "text/csv";
    public static final String XLSX_VALUE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The formats a result can be taken away in. */
    public enum Format {
        CSV("csv", MediaType.parseMediaType(CSV_VALUE + ";charset=UTF-8")),
        XLSX("xlsx", MediaType.parseMediaType(XLSX_VALUE));

        private final String extension;
        private final MediaType mediaType;

        Format(String extension, MediaType mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }

        public String extension() {
            return extension;
        }

        public MediaType mediaType() {
            return mediaType;
        }

        /** The format named by a {@code format} parameter: {@code csv} or {@code xlsx}; otherwise field "format". */
        public static Format of(@Nullable String name) {
            if (name != null) {
                for (Format f : values()) {
                    if (f.extension.equalsIgnoreCase(name.trim())) {
                        return f;
                    }
                }
            }
            throw new InvalidInput("format", "must be csv or xlsx, got '" + name + "'");
        }
    }

    private TableExport() {
    }

    /** The table as a file download named {@code baseName.csv} or {@code baseName.xlsx}. */
    public static ResponseEntity<byte[]> download(Table table, Format format, String baseName) {
        byte[] body = format == Format.CSV ? csv(table) : xlsx(table);
        String fileName = safeFileName(baseName) + "." + format.extension();
        return ResponseEntity.ok()
                .contentType(format.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    /** The result table as CSV: a heading row ("name (unit)") and the rows. */
    public static byte[] csv(Table table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.RFC4180)) {
            printer.printRecord(table.columns().stream().map(Table.Column::heading).toList());
            for (List<@Nullable Object> row : table.rows()) {
                printer.printRecord(row.stream().map(TableExport::text).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The table as a workbook: sheet 1 the result, sheet 2 "Inputs" (name, value). */
    public static byte[] xlsx(Table table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet result = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName(table.title())));
            Row heading = result.createRow(0);
            for (int c = 0; c < table.columns().size(); c++) {
                Cell cell = heading.createCell(c);
                cell.setCellValue(table.columns().get(c).heading());
                cell.setCellStyle(bold);
                result.setColumnWidth(c, Math.min(255, Math.max(12, table.columns().get(c).heading().length() + 2))
                        * 256);
            }
            int r = 1;
            for (List<@Nullable Object> row : table.rows()) {
                Row line = result.createRow(r++);
                for (int c = 0; c < row.size(); c++) {
                    put(line, c, row.get(c));
                }
            }
            result.createFreezePane(0, 1);
            Sheet inputs = workbook.createSheet("Inputs");
            Row head = inputs.createRow(0);
            head.createCell(0).setCellValue("Input");
            head.createCell(1).setCellValue("Value");
            head.getCell(0).setCellStyle(bold);
            head.getCell(1).setCellStyle(bold);
            inputs.setColumnWidth(0, 30 * 256);
            inputs.setColumnWidth(1, 40 * 256);
            int i = 1;
            Row titleRow = inputs.createRow(i++);
            titleRow.createCell(0).setCellValue("Result");
            titleRow.createCell(1).setCellValue(table.title());
            for (Map.Entry<String, @Nullable Object> input : table.inputs().entrySet()) {
                Row line = inputs.createRow(i++);
                line.createCell(0).setCellValue(input.getKey());
                put(line, 1, input.getValue());
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(Row line, int column, @Nullable Object value) {
        if (value == null) {
            return;
        }
        Cell cell = line.createCell(column);
        if (value instanceof Number n) {
            double d = n.doubleValue();
            if (Double.isFinite(d)) {
                cell.setCellValue(d);
            } else {
                cell.setCellValue(text(value));
            }
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b);
        } else {
            cell.setCellValue(value.toString());
        }
    }

    /** A cell as CSV text: numbers as plain decimals (no exponent), empty for null. */
    static String text(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal b) {
            return b.toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (!Double.isFinite(d)) {
                return Double.toString(d);
            }
            BigDecimal b = BigDecimal.valueOf(d).stripTrailingZeros();
            return b.scale() < 0 ? b.setScale(0).toPlainString() : b.toPlainString();
        }
        return value.toString();
    }

    private static String sheetName(String title) {
        String name = title.isBlank() ? "Result" : title;
        return name.length() > 31 ? name.substring(0, 31) : name;
    }

    private static String safeFileName(String baseName) {
        String cleaned = baseName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("-+", "-");
        cleaned = cleaned.replaceAll("^-|-$", "");
        return cleaned.isEmpty() ? "result" : cleaned;
    }
}
