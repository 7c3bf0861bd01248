package org.alliance.registry.domain.roster;

import static org.alliance.registry.domain.roster.RosterColumn.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alliance.registry.domain.EnterpriseDetails;
import org.alliance.registry.domain.FocusIndustry;
import org.alliance.registry.domain.LeaderHonour;
import org.alliance.registry.domain.StudioDetails;
import org.alliance.registry.repository.ReferenceCatalog;
import org.alliance.security.RegionScope;

/**
 * Checks one roster row on its own and turns it into a {@link RosterEntry}, or lists every cell
 * that is wrong, with the reason in the words of the union's spreadsheet. The limits are the
 * registry's own (StudioService, EnterpriseService) so a row that passes here is not refused there.
 */
public final class RowMapper {

    private static final Pattern LIST_SEPARATORS = Pattern.compile("[、，,；;\\n]+");
    // one digit too: Excel shows a division typed as a number (06) without its leading zero
    private static final Pattern DIVISION_CODE = Pattern.compile("([A-Ta-t])?\\s*(\\d{1,2})");
    private static final Pattern HEADCOUNT = Pattern.compile("(\\d{1,9})\\s*人?");
    private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{5,32}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final ReferenceCatalog.Snapshot reference;
    /** The importing union's region, or null when an operator imports for any region. */
    private final String scope;

    public RowMapper(ReferenceCatalog.Snapshot reference, String scope) {
        this.reference = reference;
        this.scope = scope;
    }

    public record Result(RosterEntry entry, List<RowError> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    public Result map(RosterRow row) {
        Cells c = new Cells(row);
        String studioName = c.text(STUDIO_NAME, 200);
        String enterpriseName = c.text(ENTERPRISE_NAME, 200);
        String creditCode = c.required(CREDIT_CODE).map(CreditCodeCheck::normalise).orElse(null);
        if (creditCode != null) {
            CreditCodeCheck.problem(creditCode).ifPresent(p -> c.fail(CREDIT_CODE, p));
        }
        var ownership = c.required(OWNERSHIP).map(v -> c.label(OWNERSHIP, RosterLabels.OWNERSHIPS, v)).orElse(null);
        ReferenceCatalog.Division division = c.required(INDUSTRY).map(v -> division(c, v)).orElse(null);
        String region = c.required(REGION).map(v -> region(c, v)).orElse(null);
        var tier = c.required(TIER).map(v -> c.label(TIER, RosterLabels.TIERS, v)).orElse(null);
        String leader = c.text(LEADER, 100);
        List<LeaderHonour> honours = c.list(HONOURS, 10, v -> c.label(HONOURS, RosterLabels.HONOURS, v));
        Integer teamSize = c.required(TEAM_SIZE).map(v -> teamSize(c, v)).orElse(null);
        List<FocusIndustry> focus = c.list(FOCUS, 10, v -> focus(c, v));
        String summary = c.text(SUMMARY, 4000);
        List<String> keywords = c.list(KEYWORDS, 50, v -> {
            if (v.length() > 50) {
                c.fail(KEYWORDS, "关键词“" + v + "”超过50个字");
            }
            return v;
        });
        StudioDetails.SevenHaves sevenHaves = sevenHaves(c);
        String person = c.text(CONTACT_PERSON, 100);
        String phone = c.optional(CONTACT_PHONE).orElse(null);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            c.fail(CONTACT_PHONE, "“" + phone + "”不是有效的电话号码");
        }
        String email = c.optional(CONTACT_EMAIL).orElse(null);
        if (email != null && !EMAIL.matcher(email).matches()) {
            c.fail(CONTACT_EMAIL, "“" + email + "”不是有效的电子邮箱");
        }
        if (!c.errors.isEmpty()) {
            return new Result(null, List.copyOf(c.errors));
        }
        EnterpriseDetails enterprise = new EnterpriseDetails(enterpriseName, creditCode, ownership,
                division.sectionCode(), division.code(), region, null);
        StudioDetails studio = new StudioDetails(studioName, tier, new StudioDetails.Leader(leader, honours), teamSize,
                focus, new StudioDetails.Capabilities(summary, keywords), sevenHaves,
                new StudioDetails.Contact(person, phone, email));
        return new Result(new RosterEntry(enterprise, studio), List.of());
    }

    private ReferenceCatalog.Division division(Cells c, String value) {
        Matcher m = DIVISION_CODE.matcher(value);
        if (!m.matches()) {
            c.fail(INDUSTRY, "“" + value + "”不是GB/T 4754-2017的两位大类代码（如 37 或 C37）");
            return null;
        }
        String code = m.group(2).length() == 1 ? "0" + m.group(2) : m.group(2);
        Optional<ReferenceCatalog.Division> division = reference.division(code);
        if (division.isEmpty()) {
            c.fail(INDUSTRY, code + "不是GB/T 4754-2017的大类代码（01至97）");
            return null;
        }
        String section = m.group(1) == null ? null : m.group(1).toUpperCase(java.util.Locale.ROOT);
        if (section != null && !section.equals(division.get().sectionCode())) {
            c.fail(INDUSTRY, "大类" + code + "属于门类" + division.get().sectionCode() + "，不属于门类" + section);
            return null;
        }
        return division.get();
    }

    private String region(Cells c, String value) {
        if (reference.region(value).isEmpty()) {
            c.fail(REGION, "“" + value + "”不是本系统收录的GB/T 2260行政区划代码（省级或地市级）");
            return null;
        }
        if (scope != null && !RegionScope.covers(scope, value)) {
            c.fail(REGION, value + "不在本工会所辖地区（" + scope + "）内");
            return null;
        }
        return value;
    }

    private static Integer teamSize(Cells c, String value) {
        Matcher m = HEADCOUNT.matcher(value);
        long n = m.matches() ? Long.parseLong(m.group(1)) : -1;
        if (n < 1 || n > 100_000) {
            c.fail(TEAM_SIZE, "“" + value + "”不是1至100000之间的整数");
            return null;
        }
        return (int) n;
    }

    private FocusIndustry focus(Cells c, String value) {
        Optional<ReferenceCatalog.Focus> byName = reference.focus().values().stream()
                .filter(f -> f.name().equals(value) || f.code().equals(value)).findFirst();
        if (byName.isEmpty()) {
            c.fail(FOCUS, "无法识别“" + value + "”，应为："
                    + String.join("、", reference.focus().values().stream().map(ReferenceCatalog.Focus::name).toList()));
            return null;
        }
        return FocusIndustry.valueOf(byName.get().code());
    }

    private static StudioDetails.SevenHaves sevenHaves(Cells c) {
        List<String> items = c.list(SEVEN_HAVES, 8, v -> {
            if (!RosterLabels.SEVEN_HAVES.contains(v) && !RosterLabels.ALL_SEVEN.contains(v)) {
                c.fail(SEVEN_HAVES, "无法识别“" + v + "”，应为：" + String.join("、", RosterLabels.SEVEN_HAVES) + "，或“全部”");
            }
            return v;
        });
        boolean all = items.stream().anyMatch(RosterLabels.ALL_SEVEN::contains);
        boolean[] has = new boolean[7];
        for (int i = 0; i < 7; i++) {
            has[i] = all || items.contains(RosterLabels.SEVEN_HAVES.get(i));
        }
        return new StudioDetails.SevenHaves(has[0], has[1], has[2], has[3], has[4], has[5], has[6]);
    }

    /** The row's cells and the errors found so far, in column order. */
    private static final class Cells {
        private final RosterRow row;
        private final List<RowError> errors = new ArrayList<>();

        Cells(RosterRow row) {
            this.row = row;
        }

        void fail(RosterColumn column, String reason) {
            errors.add(RowError.of(column, reason));
        }

        Optional<String> optional(RosterColumn column) {
            return Optional.ofNullable(row.get(column));
        }

        Optional<String> required(RosterColumn column) {
            Optional<String> value = optional(column);
            if (value.isEmpty()) {
                fail(column, "必填，不能为空");
            }
            return value;
        }

        String text(RosterColumn column, int max) {
            String value = required(column).orElse(null);
            if (value != null && value.length() > max) {
                fail(column, "不能超过" + max + "个字，实为" + value.length() + "个字");
            }
            return value;
        }

        <E extends Enum<E>> E label(RosterColumn column, Map<String, E> labels, String value) {
            Optional<E> found = RosterLabels.lookup(labels, value);
            if (found.isEmpty()) {
                fail(column, "无法识别“" + value + "”，应为：" + RosterLabels.choices(labels));
            }
            return found.orElse(null);
        }

        /** The distinct items of a list cell ("焊接、装甲钢"), each mapped; at most {@code max} of them. */
        <T> List<T> list(RosterColumn column, int max, Function<String, T> item) {
            String value = row.get(column);
            if (value == null) {
                return new ArrayList<>();
            }
            LinkedHashSet<String> parts = new LinkedHashSet<>();
            Arrays.stream(LIST_SEPARATORS.split(value)).map(String::strip).filter(p -> !p.isEmpty()).forEach(parts::add);
            if (parts.size() > max) {
                fail(column, "至多" + max + "项，实为" + parts.size() + "项");
                return new ArrayList<>();
            }
            LinkedHashSet<T> mapped = new LinkedHashSet<>();
            for (String part : parts) {
                T t = item.apply(part);
                if (t != null) {
                    mapped.add(t);
                }
            }
            // mutable on purpose: the registry's checks ask lists whether they contain null, which List.of refuses
            return new ArrayList<>(mapped);
        }
    }
}
