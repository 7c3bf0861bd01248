import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads deploy/local/demo/studios.json into a running registry through its public API, as the
 * unions would: each union uploads its roster (POST /api/v1/imports, CSV), then supply links and
 * accreditations are recorded. Every step is idempotent: a second run finds the studios already
 * registered (the import's natural key), the links already there (409) and the studios already
 * accredited, and creates nothing. Run by deploy/local/demo-data; needs only a JDK.
 *
 * Usage: java DemoData.java DATA_FILE TOKEN_SCRIPT   (REGISTRY_URL, default http://127.0.0.1:8081;
 * REGISTRY_MANAGEMENT_URL, where its readiness answers, default http://127.0.0.1:9081)
 */
public class DemoData {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static String registry;
    static Path tokenScript;
    static final Map<String, String> TOKENS = new HashMap<>();
    static int failures;

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: java DemoData.java DATA_FILE TOKEN_SCRIPT");
            System.exit(2);
        }
        registry = System.getenv().getOrDefault("REGISTRY_URL", "http://127.0.0.1:8081").replaceAll("/$", "");
        tokenScript = Path.of(args[1]);
        Map<String, Object> data = Json.object(Json.parse(Files.readString(Path.of(args[0]))));
        awaitReady();

        List<String> header = templateHeader();
        Map<String, Map<String, Object>> enterprises = new LinkedHashMap<>();
        for (Object o : Json.list(data.get("rosters"))) {
            Map<String, Object> roster = Json.object(o);
            List<Map<String, Object>> rows = new ArrayList<>();
            Json.list(roster.get("rows")).forEach(r -> rows.add(Json.object(r)));
            importRoster((String) roster.get("union"), (String) roster.get("file"), header, rows);
            for (Map<String, Object> row : rows) {
                enterprises.putIfAbsent((String) row.get("统一社会信用代码"), row);
            }
        }
        Map<String, String> ids = new HashMap<>();
        for (Object o : Json.list(data.get("supplyLinks"))) {
            link(Json.object(o), enterprises, ids);
        }
        for (Object o : Json.list(data.get("accreditations"))) {
            accredit(Json.object(o), enterprises, ids);
        }
        openCalls(Json.object(Json.parse(Files.readString(Path.of(args[0]).resolveSibling("calls.json")))));
        if (failures > 0) {
            System.err.println("demo data: " + failures + " step(s) failed (see above)");
            System.exit(1);
        }
        System.out.println("demo data loaded");
    }

    static void awaitReady() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (true) {
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create(System.getenv().getOrDefault("REGISTRY_MANAGEMENT_URL", "http://127.0.0.1:9081").replaceAll("/$", "") + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // the service is still starting
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the registry at " + registry + " is not ready");
            }
            Thread.sleep(1000);
        }
    }

    /** The roster columns in the registry's own template order, so the CSV is what a union would download and fill. */
    static List<String> templateHeader() throws Exception {
        HttpResponse<String> r = send(request("/api/v1/imports/template?format=csv", token("operator", null)).GET());
        expect(r, 200, "download the roster template");
        String first = r.body().replace("\uFEFF", "").split("\r?\n", 2)[0];
        return List.of(first.split(","));
    }

    static void importRoster(String union, String file, List<String> header, List<Map<String, Object>> rows) throws Exception {
        StringBuilder csv = new StringBuilder(String.join(",", header)).append("\r\n");
        for (Map<String, Object> row : rows) {
            List<String> cells = new ArrayList<>();
            for (String column : header) {
                cells.add(csvCell((String) row.getOrDefault(column, "")));
            }
            csv.append(String.join(",", cells)).append("\r\n");
        }
        String token = token("union", union);
        HttpResponse<String> accepted = send(request("/api/v1/imports?fileName=" + enc(file), token)
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv.toString(), StandardCharsets.UTF_8)));
        expect(accepted, 202, "upload " + file);
        String location = accepted.headers().firstValue("Location").orElseThrow();
        Map<String, Object> job;
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        do {
            Thread.sleep(300);
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(location.startsWith("http") ? location : registry + location))
                    .header("Authorization", "Bearer " + token).GET());
            expect(r, 200, "read import job " + location);
            job = Json.object(Json.parse(r.body()));
        } while (!"COMPLETED".equals(job.get("status")) && System.nanoTime() < deadline);
        Map<String, Object> counts = Json.object(job.get("counts"));
        System.out.printf("roster %s (union %s): %s created, %s already registered, %s invalid, %s enterprises created%n",
                file, union, counts.get("created"), counts.get("existing"), counts.get("invalid"), counts.get("enterprisesCreated"));
        if (!"COMPLETED".equals(job.get("status"))) {
            fail("import of " + file + " did not complete in time");
        }
        for (Object invalid : Json.list(job.get("invalidRows"))) {
            fail(file + ": invalid row " + Json.object(invalid));
        }
    }

    static void link(Map<String, Object> link, Map<String, Map<String, Object>> enterprises, Map<String, String> ids) throws Exception {
        Map<String, Object> up = enterprises.get(link.get("upstream"));
        Map<String, Object> down = enterprises.get(link.get("downstream"));
        String upId = enterpriseId(up, ids);
        String downId = enterpriseId(down, ids);
        if (upId == null || downId == null) {
            return;
        }
        // a union records links inside its region; links between regions are recorded by an operator
        String upUnion = unionOf((String) up.get("行政区划代码"));
        String token = upUnion.equals(unionOf((String) down.get("行政区划代码"))) ? token("union", upUnion) : token("operator", null);
        String body = "{\"upstreamEnterpriseId\":\"" + upId + "\",\"downstreamEnterpriseId\":\"" + downId
                + "\",\"product\":" + Json.quote((String) link.get("product")) + "}";
        HttpResponse<String> r = send(request("/api/v1/supply-links", token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
        String what = up.get("所属企业") + " → " + down.get("所属企业") + "（" + link.get("product") + "）";
        if (r.statusCode() == 201) {
            System.out.println("supply link created: " + what);
        } else if (r.statusCode() == 409) {
            System.out.println("supply link already there: " + what);
        } else {
            fail("supply link " + what + ": HTTP " + r.statusCode() + " " + r.body());
        }
    }

    static void accredit(Map<String, Object> a, Map<String, Map<String, Object>> enterprises, Map<String, String> ids) throws Exception {
        String enterpriseId = enterpriseId(enterprises.get(a.get("creditCode")), ids);
        if (enterpriseId == null) {
            return;
        }
        String operator = token("operator", null);
        HttpResponse<String> list = send(request("/api/v1/studios?size=200&enterpriseId=" + enterpriseId, operator).GET());
        expect(list, 200, "list the studios of " + a.get("enterpriseName"));
        Map<String, Object> studio = null;
        for (Object item : Json.list(Json.object(Json.parse(list.body())).get("items"))) {
            if (a.get("studio").equals(Json.object(item).get("name"))) {
                studio = Json.object(item);
            }
        }
        if (studio == null) {
            fail("no studio " + a.get("studio") + " at " + a.get("enterpriseName"));
            return;
        }
        if (!"REGISTERED".equals(studio.get("status"))) {
            System.out.println("already " + studio.get("status") + ": " + a.get("studio"));
            return;
        }
        String body = "{\"tier\":\"" + a.get("tier") + "\",\"accreditedBy\":\"" + a.get("accreditedBy")
                + "\",\"accreditedOn\":\"" + a.get("accreditedOn") + "\"}";
        HttpResponse<String> r = send(request("/api/v1/studios/" + studio.get("id") + "/accreditations",
                token("union", (String) a.get("accreditedBy")))
                .header("Content-Type", "application/json").header("If-Match", "\"" + studio.get("version") + "\"")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
        if (r.statusCode() == 201) {
            System.out.println("accredited " + a.get("tier") + " by " + a.get("accreditedBy") + " on " + a.get("accreditedOn")
                    + ": " + a.get("studio"));
        } else {
            fail("accredit " + a.get("studio") + ": HTTP " + r.statusCode() + " " + r.body());
        }
    }

    /**
     * Opens the Beijing calls of calls.json in the application service, for the current year in China:
     * the window runs from 30 days ago to 60 days on, and a patent call takes patents granted in the
     * previous calendar year. A call already there (same kind, year and region) is left alone.
     */
    static void openCalls(Map<String, Object> data) throws Exception {
        String application = System.getenv().getOrDefault("APPLICATION_URL", "http://127.0.0.1:8082").replaceAll("/$", "");
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        int year = today.getYear();
        for (Object o : Json.list(data.get("calls"))) {
            Map<String, Object> call = Json.object(o);
            String token = token("union", (String) call.get("issuingRegion"));
            HttpResponse<String> list = send(HttpRequest.newBuilder(URI.create(application + "/api/v1/calls?size=200"))
                    .header("Authorization", "Bearer " + token).GET());
            expect(list, 200, "list the calls");
            boolean there = false;
            for (Object item : Json.list(Json.object(Json.parse(list.body())).get("items"))) {
                Map<String, Object> c = Json.object(item);
                there |= call.get("kind").equals(c.get("kind")) && ((Number) c.get("year")).intValue() == year
                        && call.get("issuingRegion").equals(c.get("issuingRegion"));
            }
            String title = ((String) call.get("title")).replace("{year}", String.valueOf(year));
            if (there) {
                System.out.println("call already there: " + title);
                continue;
            }
            StringBuilder body = new StringBuilder("{");
            for (Map.Entry<String, Object> e : call.entrySet()) {
                if (!e.getKey().equals("title")) {
                    body.append(Json.quote(e.getKey())).append(':').append(Json.write(e.getValue())).append(',');
                }
            }
            body.append("\"title\":").append(Json.quote(title)).append(",\"year\":").append(year)
                    .append(",\"opensOn\":\"").append(today.minusDays(30)).append("\",\"closesOn\":\"").append(today.plusDays(60)).append('"');
            if ("PATENT_BOOST".equals(call.get("kind"))) {
                body.append(",\"grantFrom\":\"").append(year - 1).append("-01-01\",\"grantTo\":\"").append(year - 1).append("-12-31\"");
            }
            body.append('}');
            HttpResponse<String> drafted = send(HttpRequest.newBuilder(URI.create(application + "/api/v1/calls"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
            if (drafted.statusCode() != 201) {
                fail("draft call " + title + ": HTTP " + drafted.statusCode() + " " + drafted.body());
                continue;
            }
            String id = (String) Json.object(Json.parse(drafted.body())).get("id");
            HttpResponse<String> published = send(HttpRequest.newBuilder(URI.create(application + "/api/v1/calls/" + id + "/publication"))
                    .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()));
            if (published.statusCode() == 200) {
                System.out.println("call opened: " + title + " (" + today.minusDays(30) + " to " + today.plusDays(60) + ")");
            } else {
                fail("publish call " + title + ": HTTP " + published.statusCode() + " " + published.body());
            }
        }
    }

    /** The registry's id of an enterprise the rosters named, found by name and checked by credit code. */
    static String enterpriseId(Map<String, Object> row, Map<String, String> ids) throws Exception {
        String code = (String) row.get("统一社会信用代码");
        if (ids.containsKey(code)) {
            return ids.get(code);
        }
        HttpResponse<String> r = send(request("/api/v1/enterprises?size=50&region=" + row.get("行政区划代码") + "&text="
                + enc((String) row.get("所属企业")), token("operator", null)).GET());
        expect(r, 200, "find enterprise " + row.get("所属企业"));
        for (Object item : Json.list(Json.object(Json.parse(r.body())).get("items"))) {
            if (code.equals(Json.object(item).get("unifiedSocialCreditCode"))) {
                ids.put(code, (String) Json.object(item).get("id"));
                return ids.get(code);
            }
        }
        fail("enterprise " + row.get("所属企业") + " (" + code + ") is not registered");
        return null;
    }

    /** The partner union a region's rows belong to: Huaibei has its own, other cities go to their province. */
    static String unionOf(String region) {
        return region.startsWith("3406") ? "340600" : region.substring(0, 2) + "0000";
    }

    static String token(String role, String region) throws Exception {
        String key = role + "/" + region;
        if (!TOKENS.containsKey(key)) {
            List<String> command = new ArrayList<>(List.of(tokenScript.toString(), role));
            if (region != null) {
                command.add(region);
            }
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String token = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            if (p.waitFor() != 0 || token.isEmpty()) {
                throw new IllegalStateException(tokenScript + " " + String.join(" ", command.subList(1, command.size())) + " failed");
            }
            TOKENS.put(key, token);
        }
        return TOKENS.get(key);
    }

    static HttpRequest.Builder request(String path, String token) {
        return HttpRequest.newBuilder(URI.create(registry + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json, application/problem+json, */*");
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static void expect(HttpResponse<String> r, int status, String what) {
        if (r.statusCode() != status) {
            throw new IllegalStateException(what + ": HTTP " + r.statusCode() + " " + r.body());
        }
    }

    static void fail(String message) {
        failures++;
        System.err.println("FAILED: " + message);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String csvCell(String cell) {
        return cell.matches("(?s).*[\",\r\n].*") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    /** Just enough JSON for this loader: objects, arrays, strings, numbers, true, false, null. */
    static final class Json {
        private final String s;
        private int i;

        private Json(String s) {
            this.s = s;
        }

        static Object parse(String text) {
            Json j = new Json(text);
            Object v = j.value();
            j.space();
            if (j.i != text.length()) {
                throw new IllegalArgumentException("trailing characters at " + j.i);
            }
            return v;
        }

        @SuppressWarnings("unchecked")
        static Map<String, Object> object(Object o) {
            return (Map<String, Object>) o;
        }

        @SuppressWarnings("unchecked")
        static List<Object> list(Object o) {
            return o == null ? List.of() : (List<Object>) o;
        }

        /** Writes back what {@link #parse} read. */
        static String write(Object v) {
            if (v == null) {
                return "null";
            }
            if (v instanceof String str) {
                return quote(str);
            }
            if (v instanceof Map<?, ?> m) {
                StringBuilder b = new StringBuilder("{");
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    b.append(b.length() > 1 ? "," : "").append(quote((String) e.getKey())).append(':').append(write(e.getValue()));
                }
                return b.append('}').toString();
            }
            if (v instanceof List<?> l) {
                StringBuilder b = new StringBuilder("[");
                for (Object item : l) {
                    b.append(b.length() > 1 ? "," : "").append(write(item));
                }
                return b.append(']').toString();
            }
            return String.valueOf(v);
        }

        static String quote(String v) {
            StringBuilder b = new StringBuilder("\"");
            for (char c : v.toCharArray()) {
                switch (c) {
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    case '\t' -> b.append("\\t");
                    default -> b.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
                }
            }
            return b.append('"').toString();
        }

        private void space() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private Object value() {
            space();
            char c = s.charAt(i);
            if (c == '{') {
                Map<String, Object> m = new LinkedHashMap<>();
                i++;
                space();
                if (s.charAt(i) == '}') {
                    i++;
                    return m;
                }
                do {
                    space();
                    String key = string();
                    space();
                    i++; // ':'
                    m.put(key, value());
                    space();
                } while (s.charAt(i++) == ',');
                return m;
            }
            if (c == '[') {
                List<Object> l = new ArrayList<>();
                i++;
                space();
                if (s.charAt(i) == ']') {
                    i++;
                    return l;
                }
                do {
                    l.add(value());
                    space();
                } while (s.charAt(i++) == ',');
                return l;
            }
            if (c == '"') {
                return string();
            }
            int start = i;
            while (i < s.length() && "{}[],: \t\r\n".indexOf(s.charAt(i)) < 0) {
                i++;
            }
            String word = s.substring(start, i);
            return switch (word) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                case "null" -> null;
                default -> word.contains(".") || word.contains("e") || word.contains("E")
                        ? (Object) Double.parseDouble(word) : (Object) Long.parseLong(word);
            };
        }

        private String string() {
            StringBuilder b = new StringBuilder();
            i++; // opening quote
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return b.toString();
                }
                if (c != '\\') {
                    b.append(c);
                    continue;
                }
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 'r' -> b.append('\r');
                    case 't' -> b.append('\t');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'u' -> {
                        b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> b.append(e);
                }
            }
        }
    }
}
