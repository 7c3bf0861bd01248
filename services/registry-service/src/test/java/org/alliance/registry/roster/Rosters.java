package org.alliance.registry.roster;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.alliance.registry.domain.UnifiedSocialCreditCode;
import org.alliance.registry.domain.roster.RosterColumn;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds roster files as unions' spreadsheets would be, uploads them and waits for their jobs. */
public final class Rosters {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Rosters() {
    }

    /** A valid credit code for {@code region} whose organisation body is {@code body} (eight digits). */
    static String creditCode(String region, String body) {
        String first17 = "91" + region + body + UnifiedSocialCreditCode.organisationCheckCharacter(body);
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }

    /** RFC 4180 CSV with the template's header, rows in order; a null row is written as a blank line of commas. */
    public static byte[] csv(List<Map<RosterColumn, String>> rows, boolean bom) {
        StringBuilder out = new StringBuilder(bom ? "\uFEFF" : "");
        out.append(Arrays.stream(RosterColumn.values()).map(RosterColumn::header).collect(Collectors.joining(","))).append("\r\n");
        for (Map<RosterColumn, String> row : rows) {
            List<String> cells = new ArrayList<>();
            for (RosterColumn c : RosterColumn.values()) {
                cells.add(row == null ? "" : quote(row.getOrDefault(c, "")));
            }
            out.append(String.join(",", cells)).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String quote(String cell) {
        return cell.matches("(?s).*[\",\r\n].*") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    /** A workbook whose first sheet has {@code title} in row 1 (when not null), the header row, then the rows. */
    static byte[] xlsx(String title, List<String> headers, List<List<Object>> rows) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("名单");
            int r = 0;
            if (title != null) {
                sheet.createRow(r++).createCell(0).setCellValue(title);
            }
            var header = sheet.createRow(r++);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            for (List<Object> values : rows) {
                var row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    Object v = values.get(i);
                    if (v instanceof Number n) {
                        row.createCell(i).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(i).setCellValue(v.toString());
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static io.restassured.response.Response uploadCsv(String token, String fileName, byte[] content) {
        return given().auth().oauth2(token).contentType("text/csv").queryParam("fileName", fileName).body(content)
                .when().post("/api/v1/imports");
    }

    /** Polls the job until it completes, returning each view seen (the last one completed). */
    public static List<JsonPath> awaitCompletion(String token, String location, Duration timeout) {
        List<JsonPath> seen = new ArrayList<>();
        await("import " + location + " to complete").atMost(timeout).pollInterval(Duration.ofMillis(150)).until(() -> {
            seen.add(given().auth().oauth2(token).when().get(location).then().statusCode(200).extract().jsonPath());
            return "COMPLETED".equals(seen.get(seen.size() - 1).getString("status"));
        });
        return seen;
    }
}
