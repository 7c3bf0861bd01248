package org.alliance.registry.domain.roster;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alliance.common.problem.Problem;
import org.alliance.common.problem.ProblemException;

/**
 * Reads an uploaded roster (XLSX or UTF-8 CSV, told apart by content, not by name) into rows, or
 * refuses the whole file with a problem naming it: not a roster, a required column missing, more
 * than {@value RosterFile#MAX_ROWS} data rows. Row-level problems are not its business: they are
 * reported per row when the job runs.
 */
public final class RosterReader {

    /** How far down a sheet the header row may be: unions often put a title row or two above it. */
    static final int HEADER_SEARCH_ROWS = 10;

    private RosterReader() {
    }

    public static RosterFile read(String fileName, byte[] content) {
        if (content.length == 0) {
            throw fileProblem(400, "validation", fileName, "is empty");
        }
        Collector rows = new Collector(fileName);
        RosterFile.Format format;
        if (startsWith(content, 0x50, 0x4B, 0x03, 0x04)) {
            format = RosterFile.Format.XLSX;
            try {
                XlsxRows.read(content, rows);
            } catch (XlsxRows.Unreadable e) {
                throw fileProblem(400, "validation", fileName, e.getMessage());
            }
        } else if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw fileProblem(415, "unsupported-media-type", fileName,
                    "is an Excel 97-2003 (.xls) workbook; save it as .xlsx or as CSV UTF-8");
        } else {
            format = RosterFile.Format.CSV;
            String text = CsvRows.decode(content);
            if (text == null) {
                throw fileProblem(400, "validation", fileName,
                        "is not UTF-8 text; save it from Excel as \"CSV UTF-8\" or upload the .xlsx workbook");
            }
            CsvRows.read(text, rows);
        }
        if (rows.columns == null) {
            throw fileProblem(400, "validation", fileName, "has no header row with the column "
                    + RosterColumn.STUDIO_NAME.header() + " in its first " + HEADER_SEARCH_ROWS + " rows");
        }
        if (rows.data.isEmpty()) {
            throw fileProblem(400, "validation", fileName, "has a header row but no data rows");
        }
        return new RosterFile(fileName, format, sha256(content), content.length, rows.ignored, List.copyOf(rows.data));
    }

    /** Finds the header row, then turns each non-blank row below it into a {@link RosterRow}. */
    private static final class Collector implements RowSink {
        private final String fileName;
        private Map<Integer, RosterColumn> columns;
        private final List<String> ignored = new ArrayList<>();
        private final List<RosterRow> data = new ArrayList<>();

        Collector(String fileName) {
            this.fileName = fileName;
        }

        @Override
        public void row(int number, List<String> cells) {
            if (columns == null) {
                if (number <= HEADER_SEARCH_ROWS
                        && cells.stream().anyMatch(c -> RosterColumn.forHeader(c).orElse(null) == RosterColumn.STUDIO_NAME)) {
                    columns = header(cells);
                }
                return;
            }
            Map<RosterColumn, String> values = new EnumMap<>(RosterColumn.class);
            columns.forEach((index, column) -> {
                String value = index < cells.size() ? cells.get(index).strip() : "";
                if (!value.isEmpty()) {
                    values.put(column, value);
                }
            });
            if (values.isEmpty()) {
                return;
            }
            if (data.size() == RosterFile.MAX_ROWS) {
                throw fileProblem(413, "roster-too-large", fileName, "has more than " + RosterFile.MAX_ROWS
                        + " data rows (row " + number + " is one too many); split it into files of at most "
                        + RosterFile.MAX_ROWS + " rows");
            }
            data.add(new RosterRow(number, values));
        }

        private Map<Integer, RosterColumn> header(List<String> cells) {
            Map<Integer, RosterColumn> found = new LinkedHashMap<>();
            List<Problem.FieldError> errors = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                String raw = cells.get(i).strip();
                if (raw.isEmpty()) {
                    continue;
                }
                RosterColumn column = RosterColumn.forHeader(raw).orElse(null);
                if (column == null) {
                    ignored.add(raw);
                } else if (found.containsValue(column)) {
                    errors.add(new Problem.FieldError("file", "the column " + column.header() + " appears twice"));
                } else {
                    found.put(i, column);
                }
            }
            for (RosterColumn column : RosterColumn.values()) {
                if (column.required() && !found.containsValue(column)) {
                    errors.add(new Problem.FieldError("file", "the required column " + column.header() + " is missing"));
                }
            }
            if (!errors.isEmpty()) {
                String detail = fileName + ": " + String.join("; ", errors.stream().map(Problem.FieldError::message).toList());
                throw new ProblemException(400, "validation", "Invalid roster", detail, errors);
            }
            return found;
        }
    }

    static ProblemException fileProblem(int status, String slug, String fileName, String message) {
        String title = status == 413 ? "Roster too large" : status == 415 ? "Unsupported roster format" : "Invalid roster";
        return new ProblemException(status, slug, title, fileName + " " + message,
                List.of(new Problem.FieldError("file", fileName + " " + message)));
    }

    private static boolean startsWith(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
