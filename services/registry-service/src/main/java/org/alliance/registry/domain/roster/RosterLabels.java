package org.alliance.registry.domain.roster;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alliance.registry.domain.LeaderHonour;
import org.alliance.registry.domain.Ownership;
import org.alliance.registry.domain.StudioTier;

/**
 * The words unions write in a roster for the registry's enumerations. Each value has one label the
 * template and the registry use (the first) and the variants spreadsheets in the seeds' regions use
 * (自治区级 in Inner Mongolia, 民营企业 for 非公企业, ...). The enum names are accepted as well.
 */
final class RosterLabels {

    static final Map<String, StudioTier> TIERS = labels(
            entry(StudioTier.NATIONAL_DEMONSTRATION, "全国示范性", "全国示范", "全国示范性劳模和工匠人才创新工作室"),
            entry(StudioTier.PROVINCIAL_DEMONSTRATION, "省级示范性", "市级示范性", "省级/市级示范性", "自治区级",
                    "自治区级示范性", "省级"),
            entry(StudioTier.MUNICIPAL, "市级"),
            entry(StudioTier.DISTRICT_BUREAU_GROUP, "区局集团级", "区、局、集团(公司)级", "区、局、集团（公司）级", "区级", "局级",
                    "集团级", "集团(公司)级", "集团（公司）级"),
            entry(StudioTier.ENTERPRISE, "企业级"));

    static final Map<String, LeaderHonour> HONOURS = labels(
            entry(LeaderHonour.NATIONAL_MODEL_WORKER, "全国劳模", "全国劳动模范", "全国先进工作者"),
            entry(LeaderHonour.PROVINCIAL_MODEL_WORKER, "省级劳模", "省劳模", "自治区劳模", "省部级劳模", "省级劳动模范"),
            entry(LeaderHonour.MUNICIPAL_MODEL_WORKER, "市级劳模", "市劳模", "市级劳动模范"),
            entry(LeaderHonour.CRAFTSMAN, "工匠", "大国工匠"));

    static final Map<String, Ownership> OWNERSHIPS = labels(
            entry(Ownership.STATE_OWNED, "国有企业", "国有", "国企", "国有控股"),
            entry(Ownership.NON_PUBLIC, "非公企业", "非公", "民营企业", "民营", "私营企业"),
            entry(Ownership.COLLECTIVE, "集体企业", "集体"),
            entry(Ownership.FOREIGN_INVESTED, "外商投资企业", "外商投资", "外资企业", "中外合资企业"));

    /** The seven items of the 七有 standard, in the order of the studio payload's {@code sevenHaves}. */
    static final List<String> SEVEN_HAVES = List.of("劳模领衔", "创新团队", "活动场地", "设施设备", "工作制度", "经费保障", "创新成果");
    static final List<String> ALL_SEVEN = List.of("全部", "七有齐全");

    private RosterLabels() {
    }

    static <E extends Enum<E>> Optional<E> lookup(Map<String, E> labels, String value) {
        return Optional.ofNullable(labels.get(value.strip()));
    }

    /** The label the template and error messages use for a value. */
    static <E extends Enum<E>> String labelOf(Map<String, E> labels, E value) {
        return labels.entrySet().stream().filter(e -> e.getValue() == value).map(Map.Entry::getKey).findFirst()
                .orElse(value.name());
    }

    /** The preferred labels of every value, for messages: "全国示范性、省级示范性、...". */
    static <E extends Enum<E>> String choices(Map<String, E> labels) {
        return String.join("、", labels.values().stream().distinct().map(v -> labelOf(labels, v)).toList());
    }

    private record Entry<E>(E value, List<String> labels) {
    }

    @SafeVarargs
    private static <E> Entry<E> entry(E value, String... labels) {
        return new Entry<>(value, Arrays.asList(labels));
    }

    @SafeVarargs
    private static <E extends Enum<E>> Map<String, E> labels(Entry<E>... entries) {
        Map<String, E> map = new LinkedHashMap<>();
        for (Entry<E> e : entries) {
            e.labels().forEach(l -> map.put(l, e.value()));
        }
        for (Entry<E> e : entries) {
            map.putIfAbsent(e.value().name(), e.value());
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
