package org.alliance.registry.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.alliance.registry.domain.Region;

/**
 * The GB/T 2260 regions, GB/T 4754 sections and divisions and the focus-industry overlay, read once
 * and kept in memory. They change only through a migration, which means a restart, so every read
 * (an API call, or each of 10,000 rows of an import being validated) costs no query.
 */
@ApplicationScoped
public class ReferenceCatalog {

    public record RegionEntry(String code, String name, Region.Level level, String parentCode, String standardVersion) {
    }

    public record Division(String code, String sectionCode, String name, String standardVersion) {
    }

    public record Section(String code, String name, String standardVersion, List<Division> divisions) {
    }

    public record FocusLink(String divisionCode, String rationale) {
    }

    public record Focus(String code, String name, String standardVersion, List<FocusLink> divisions) {
    }

    /** One consistent view of all reference data; maps iterate in code order. */
    public record Snapshot(Map<String, RegionEntry> regions, Map<String, Section> sections,
            Map<String, Division> divisions, Map<String, Focus> focus) {

        public Optional<RegionEntry> region(String code) {
            return Optional.ofNullable(code == null ? null : regions.get(code));
        }

        public Optional<Division> division(String code) {
            return Optional.ofNullable(code == null ? null : divisions.get(code));
        }

        public Optional<Focus> focus(String code) {
            return Optional.ofNullable(code == null ? null : focus.get(code));
        }

        /** Focus industries that overlay {@code divisionCode}, in the list's order. */
        public List<String> focusOf(String divisionCode) {
            return focus.values().stream()
                    .filter(f -> f.divisions().stream().anyMatch(l -> l.divisionCode().equals(divisionCode)))
                    .map(Focus::code).toList();
        }
    }

    @Inject
    Pool pool;

    private final AtomicReference<Snapshot> loaded = new AtomicReference<>();

    public Uni<Snapshot> snapshot() {
        Snapshot current = loaded.get();
        if (current != null) {
            return Uni.createFrom().item(current);
        }
        // Two first callers may both load; the data is identical, so the race is harmless.
        return load().invoke(loaded::set);
    }

    private Uni<Snapshot> load() {
        Uni<Map<String, RegionEntry>> regions = rows(
                "SELECT code, name, level, parent_code, standard_version FROM region ORDER BY code")
                .map(rows -> index(rows, r -> new RegionEntry(r.getString("code"), r.getString("name"),
                        Region.Level.valueOf(r.getString("level")), r.getString("parent_code"),
                        r.getString("standard_version")), RegionEntry::code));
        Uni<List<Row>> sectionRows = rows("SELECT code, name, standard_version FROM industry_section ORDER BY code");
        Uni<List<Row>> divisionRows = rows(
                "SELECT code, section_code, name, standard_version FROM industry_division ORDER BY code");
        Uni<List<Row>> focusRows = rows("SELECT code, name, standard_version FROM focus_industry ORDER BY ordinal");
        Uni<List<Row>> linkRows = rows(
                "SELECT focus_code, division_code, rationale FROM focus_industry_division ORDER BY focus_code, division_code");
        return Uni.combine().all().unis(regions, sectionRows, divisionRows, focusRows, linkRows)
                .with((r, s, d, f, l) -> assemble(r, s, d, f, l));
    }

    private static Snapshot assemble(Map<String, RegionEntry> regions, List<Row> sectionRows, List<Row> divisionRows,
            List<Row> focusRows, List<Row> linkRows) {
        Map<String, Division> divisions = index(divisionRows, r -> new Division(r.getString("code"),
                r.getString("section_code"), r.getString("name"), r.getString("standard_version")), Division::code);
        Map<String, Section> sections = index(sectionRows, r -> {
            String code = r.getString("code");
            List<Division> own = divisions.values().stream().filter(d -> d.sectionCode().equals(code)).toList();
            return new Section(code, r.getString("name"), r.getString("standard_version"), own);
        }, Section::code);
        Map<String, Focus> focus = index(focusRows, r -> {
            String code = r.getString("code");
            List<FocusLink> links = new ArrayList<>();
            for (Row l : linkRows) {
                if (l.getString("focus_code").equals(code)) {
                    links.add(new FocusLink(l.getString("division_code"), l.getString("rationale")));
                }
            }
            return new Focus(code, r.getString("name"), r.getString("standard_version"), List.copyOf(links));
        }, Focus::code);
        return new Snapshot(regions, sections, divisions, focus);
    }

    private Uni<List<Row>> rows(String sql) {
        return pool.query(sql).execute().map(set -> {
            List<Row> list = new ArrayList<>();
            set.forEach(list::add);
            return list;
        });
    }

    private static <T> Map<String, T> index(List<Row> rows, java.util.function.Function<Row, T> map,
            java.util.function.Function<T, String> key) {
        Map<String, T> out = new LinkedHashMap<>();
        for (Row row : rows) {
            T item = map.apply(row);
            out.put(key.apply(item), item);
        }
        return Collections.unmodifiableMap(out);
    }
}
