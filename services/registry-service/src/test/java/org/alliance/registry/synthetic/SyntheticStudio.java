package org.alliance.registry.synthetic;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.alliance.registry.domain.roster.RosterColumn;

/**
 * One generated studio with its enterprise, in the registry's terms (enum names, codes), and as the
 * roster row a union would upload for it.
 */
public record SyntheticStudio(Enterprise enterprise, String name, String tier, String leader, List<String> honours,
        int teamSize, List<String> focusIndustries, String summary, List<String> keywords, boolean[] sevenHaves,
        String contactPerson, String contactPhone, String contactEmail) {

    public record Enterprise(int index, String name, String creditCode, String ownership, String section,
            String division, String regionCode) {
    }

    private static final Map<String, String> TIER_LABELS = Map.of("NATIONAL_DEMONSTRATION", "全国示范性",
            "PROVINCIAL_DEMONSTRATION", "省级示范性", "MUNICIPAL", "市级", "DISTRICT_BUREAU_GROUP", "区局集团级",
            "ENTERPRISE", "企业级");
    private static final Map<String, String> HONOUR_LABELS = Map.of("NATIONAL_MODEL_WORKER", "全国劳模",
            "PROVINCIAL_MODEL_WORKER", "省级劳模", "MUNICIPAL_MODEL_WORKER", "市级劳模", "CRAFTSMAN", "工匠");
    private static final Map<String, String> OWNERSHIP_LABELS = Map.of("STATE_OWNED", "国有企业", "NON_PUBLIC", "非公企业",
            "COLLECTIVE", "集体企业", "FOREIGN_INVESTED", "外商投资企业");
    private static final Map<String, String> FOCUS_LABELS = Map.of("AI", "人工智能", "MEDICINE_HEALTH", "医药健康",
            "NEW_ENERGY_SMART_VEHICLES", "新能源智能汽车", "NEW_MATERIALS", "新材料", "TECHNOLOGY_SERVICES", "科技服务",
            "NEXT_GENERATION_IT", "新一代信息技术", "INTEGRATED_CIRCUITS", "集成电路", "SMART_EQUIPMENT", "智能装备",
            "ENERGY_SAVING_ENVIRONMENT", "节能环保", "SOFTWARE_INFORMATION_SERVICES", "软件和信息服务");
    static final List<String> SEVEN_HAVES = List.of("劳模领衔", "创新团队", "活动场地", "设施设备", "工作制度", "经费保障", "创新成果");

    /** The roster row for this studio, with the labels the roster template documents. */
    public Map<RosterColumn, String> rosterRow() {
        Map<RosterColumn, String> row = new EnumMap<>(RosterColumn.class);
        row.put(RosterColumn.STUDIO_NAME, name);
        row.put(RosterColumn.ENTERPRISE_NAME, enterprise.name());
        row.put(RosterColumn.CREDIT_CODE, enterprise.creditCode());
        row.put(RosterColumn.OWNERSHIP, OWNERSHIP_LABELS.get(enterprise.ownership()));
        row.put(RosterColumn.INDUSTRY, enterprise.division());
        row.put(RosterColumn.REGION, enterprise.regionCode());
        row.put(RosterColumn.TIER, TIER_LABELS.get(tier));
        row.put(RosterColumn.LEADER, leader);
        row.put(RosterColumn.HONOURS, String.join("、", honours.stream().map(HONOUR_LABELS::get).toList()));
        row.put(RosterColumn.TEAM_SIZE, String.valueOf(teamSize));
        row.put(RosterColumn.FOCUS, String.join("、", focusIndustries.stream().map(FOCUS_LABELS::get).toList()));
        row.put(RosterColumn.SUMMARY, summary);
        row.put(RosterColumn.KEYWORDS, String.join("、", keywords));
        StringBuilder haves = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            if (sevenHaves[i]) {
                haves.append(haves.length() == 0 ? "" : "、").append(SEVEN_HAVES.get(i));
            }
        }
        row.put(RosterColumn.SEVEN_HAVES, haves.toString());
        row.put(RosterColumn.CONTACT_PERSON, contactPerson);
        row.put(RosterColumn.CONTACT_PHONE, contactPhone);
        row.put(RosterColumn.CONTACT_EMAIL, contactEmail);
        row.values().removeIf(String::isEmpty);
        return row;
    }
}
