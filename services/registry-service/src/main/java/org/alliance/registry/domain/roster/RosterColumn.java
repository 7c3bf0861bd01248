package org.alliance.registry.domain.roster;

import java.util.Arrays;
import java.util.Optional;

/**
 * The columns of a roster (名单) a union uploads, in template order, each with the Chinese header a
 * union's spreadsheet has, whether a row must fill it, and the help text the template carries.
 * Headers match after trimming and dropping a trailing "*" or a bracketed note, so "工作室名称*" and
 * "行业代码(GB/T 4754)" are recognised too.
 */
public enum RosterColumn {
    STUDIO_NAME("工作室名称", true, "如：卢仁峰创新工作室"),
    ENTERPRISE_NAME("所属企业", true, "企业全称，与营业执照一致"),
    CREDIT_CODE("统一社会信用代码", true, "18位，含校验码；请将单元格设为文本格式"),
    OWNERSHIP("企业性质", true, "国有企业、非公企业、集体企业、外商投资企业"),
    INDUSTRY("行业代码", true, "GB/T 4754-2017 两位大类代码，如 37；也可写 C37"),
    REGION("行政区划代码", true, "GB/T 2260 六位代码，如 150200（包头市）"),
    TIER("级别", true, "全国示范性、省级示范性（含市级示范性、自治区级）、市级、区局集团级、企业级"),
    LEADER("领军人", true, "领军人姓名"),
    HONOURS("领军人荣誉", false, "全国劳模、省级劳模、市级劳模、工匠，多项用顿号分隔"),
    TEAM_SIZE("团队人数", true, "1 至 100000 的整数"),
    FOCUS("重点产业", false, "人工智能、医药健康、新能源智能汽车、新材料、科技服务、新一代信息技术、集成电路、智能装备、节能环保、软件和信息服务"),
    SUMMARY("能力简介", true, "工作室擅长解决的技术问题，至多4000字"),
    KEYWORDS("关键词", false, "如：焊接、装甲钢，多项用顿号分隔，至多50个"),
    SEVEN_HAVES("七有", false, "已具备的项：劳模领衔、创新团队、活动场地、设施设备、工作制度、经费保障、创新成果；或写“全部”"),
    CONTACT_PERSON("联系人", true, "联系人姓名"),
    CONTACT_PHONE("联系电话", false, "手机或座机，如 0472-1234567"),
    CONTACT_EMAIL("电子邮箱", false, "如：studio@example.cn");

    private final String header;
    private final boolean required;
    private final String help;

    RosterColumn(String header, boolean required, String help) {
        this.header = header;
        this.required = required;
        this.help = help;
    }

    public String header() {
        return header;
    }

    public boolean required() {
        return required;
    }

    public String help() {
        return help;
    }

    /** The column a spreadsheet header names, if any. */
    public static Optional<RosterColumn> forHeader(String raw) {
        String h = normalise(raw);
        return Arrays.stream(values()).filter(c -> c.header.equals(h)).findFirst();
    }

    static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        String h = raw.strip().replaceAll("[(（][^)）]*[)）]\\s*$", "").strip();
        while (h.endsWith("*") || h.endsWith("＊")) {
            h = h.substring(0, h.length() - 1).strip();
        }
        return h;
    }
}
