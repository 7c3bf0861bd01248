package org.alliance.matching.domain.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A deterministic population of studios around the labelled ones: thirty capability domains of
 * Chinese industry (none of them solves an evaluation need, several share its words), spread over
 * the partner regions, tiers and statuses, with enterprises and supply links among them. The same
 * seed always gives the same studios, so evaluation and benchmark runs are repeatable.
 */
public final class Population {

    record Domain(String name, String section, String division, String[] phrases, String[] keywords) {
    }

    static final List<Domain> DOMAINS = List.of(
            d("数控机床", "C", "34", "数控机床精度补偿|主轴故障维修|刀具寿命管理|加工中心设备维护", "数控机床|主轴|刀具|设备维护"),
            d("变压器检修", "D", "44", "电力变压器油色谱分析|绕组变形检测|变压器大修|设备状态检测", "变压器|油色谱|绕组|检测"),
            d("输电线路", "D", "44", "无人机输电线路巡检|绝缘子缺陷识别|带电作业工具|线路故障定位", "输电线路|无人机巡检|带电作业|绝缘子"),
            d("铁路信号", "G", "53", "铁路信号设备维护|道岔转辙机故障处理|计算机联锁系统|信号故障诊断", "信号|道岔|联锁|转辙机"),
            d("高炉炼铁", "C", "31", "高炉布料优化|炉况诊断|铁水质量控制|热风炉节能", "高炉|炼铁|布料|热风炉"),
            d("轧钢", "C", "31", "热轧板形控制|轧辊磨损管理|轧制节能|冷轧表面质量", "轧钢|板形|轧辊|冷轧"),
            d("压铸", "C", "33", "铝合金压铸气孔控制|模具温度管理|铸件质量检测|压铸工艺参数", "压铸|铝合金|气孔|铸件"),
            d("注塑模具", "C", "29", "注塑模具设计|模流分析|缩痕翘曲改善|模具快速换型", "注塑|模具|模流分析|翘曲"),
            d("污水处理", "N", "77", "污水生化处理工艺|污泥减量|出水水质达标|曝气节能", "污水处理|污泥|生化|曝气"),
            d("化工催化", "C", "26", "催化剂活性评价|反应器优化|化工装置安全|精馏节能", "催化剂|反应器|化工|精馏"),
            d("纺织印染", "C", "17", "印染废水回用|染色色差控制|节能定型|纺纱断头减少", "印染|染色|纺织|纺纱"),
            d("食品包装", "C", "14", "食品无菌灌装|包装密封性检测|保质期延长|生产线清洗", "食品|灌装|包装|密封"),
            d("电梯维保", "C", "34", "电梯安全维保|曳引机故障排除|门机系统调整|电梯远程监测", "电梯|曳引机|维保|门机"),
            d("物流仓储", "G", "59", "智能仓储分拣|叉车调度|库存管理系统|冷链配送", "仓储|分拣|物流|冷链"),
            d("软件测试", "I", "65", "软件自动化测试|接口测试平台|性能压力测试|持续集成", "软件测试|自动化测试|接口|持续集成"),
            d("网络安全", "I", "65", "工控网络安全防护|渗透测试|等级保护测评|安全运维平台", "网络安全|工控安全|渗透测试|等级保护"),
            d("医疗器械", "C", "35", "医用影像设备维修|呼吸机保养|医疗器械质量控制|监护仪检定", "医疗器械|影像设备|呼吸机|监护仪"),
            d("制药发酵", "C", "27", "生物发酵工艺放大|无菌制剂生产|GMP验证|原料药结晶", "发酵|制剂|GMP|原料药"),
            d("农机", "C", "35", "联合收割机改进|植保无人机作业|农机维修|播种机精量排种", "农机|收割机|植保|播种机"),
            d("桥梁检测", "E", "48", "桥梁结构健康监测|混凝土裂缝检测|预应力张拉|支座更换", "桥梁|健康监测|裂缝|预应力"),
            d("混凝土", "C", "30", "高性能混凝土配合比|大体积混凝土温控|预制构件生产|外加剂应用", "混凝土|配合比|预制构件|外加剂"),
            d("电机维修", "C", "38", "高压电机绕组修复|轴承振动分析|变频调速改造|电机能效提升", "电机|振动分析|变频|绕组修复"),
            d("酒店服务", "H", "61", "酒店客房服务标准|宴会服务|服务礼仪培训|前厅接待", "客房服务|宴会|礼仪|接待"),
            d("家政服务", "O", "80", "母婴护理培训|养老护理|家政服务标准|月嫂技能提升", "家政|母婴护理|养老护理|月嫂"),
            d("光伏运维", "D", "44", "光伏电站运维|组件清洗机器人|逆变器故障处理|发电量提升", "光伏|逆变器|组件|运维"),
            d("风电运维", "D", "44", "风电机组齿轮箱检修|叶片修复|变桨系统故障|塔筒螺栓检测", "风电|齿轮箱|叶片|变桨"),
            d("水电安装", "E", "49", "住宅水电安装|给排水管道敷设|管材热熔连接|电气线路布设", "水电安装|给排水|热熔|布线"),
            d("船舶涂装", "C", "37", "船体分段涂装|防腐涂层施工|喷砂除锈|涂层质量检测", "涂装|防腐|除锈|船舶"),
            d("通信基站", "I", "63", "5G基站维护|光缆熔接|网络优化|基站节能", "基站|光缆|5G|网络优化"),
            d("机器视觉", "I", "65", "工业视觉缺陷检测|深度学习算法|智能质检系统|图像识别", "机器视觉|深度学习|质检|图像识别"));

    static final String[] GENERIC = {"开展技术革新和合理化建议", "名师带徒培养技能人才", "降本增效成果显著",
            "获得多项实用新型专利", "推广应用创新成果", "解决生产一线技术难题"};
    static final String[] REGIONS = {"110000", "310000", "320100", "320500", "330100", "340100", "340600", "150200", "150700",
            "420100", "450100", "370200", "440300", "510100", "610100"};
    static final String[] TIERS = {"NATIONAL_DEMONSTRATION", "PROVINCIAL_DEMONSTRATION", "MUNICIPAL", "MUNICIPAL",
            "DISTRICT_BUREAU_GROUP", "DISTRICT_BUREAU_GROUP", "ENTERPRISE", "ENTERPRISE"};
    static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡"};

    /** Studios, their enterprises (names) and supply links among those enterprises. */
    public record Generated(List<StudioDoc> studios, List<Enterprise> enterprises, List<SupplyGraph.Link> links) {
    }

    public record Enterprise(UUID id, String name, String regionCode) {
    }

    private Population() {
    }

    private static Domain d(String name, String section, String division, String phrases, String keywords) {
        return new Domain(name, section, division, phrases.split("\\|"), keywords.split("\\|"));
    }

    public static UUID id(String kind, Object key) {
        return UUID.nameUUIDFromBytes((kind + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    /** {@code n} distractor studios in {@code n / 5} enterprises with {@code n / 5} supply links, from {@code seed}. */
    public static Generated generate(int n, long seed) {
        Random random = new Random(seed);
        int enterpriseCount = Math.max(1, n / 5);
        List<Enterprise> enterprises = new ArrayList<>(enterpriseCount);
        List<Domain> enterpriseDomain = new ArrayList<>(enterpriseCount);
        for (int i = 0; i < enterpriseCount; i++) {
            Domain domain = DOMAINS.get(random.nextInt(DOMAINS.size()));
            String region = REGIONS[random.nextInt(REGIONS.length)];
            enterprises.add(new Enterprise(id("enterprise", seed + "-" + i), domain.name() + "企业" + i, region));
            enterpriseDomain.add(domain);
        }
        List<StudioDoc> studios = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int e = random.nextInt(enterpriseCount);
            Domain domain = random.nextInt(4) == 0 ? DOMAINS.get(random.nextInt(DOMAINS.size())) : enterpriseDomain.get(e);
            String summary = pick(random, domain.phrases(), 2 + random.nextInt(2), "，") + "，" + GENERIC[random.nextInt(GENERIC.length)];
            List<String> keywords = List.of(pick(random, domain.keywords(), 3, "、").split("、"));
            int status = random.nextInt(20);
            studios.add(new StudioDoc(id("studio", seed + "-" + i), SURNAMES[random.nextInt(SURNAMES.length)] + domain.name()
                    + (random.nextBoolean() ? "劳模创新工作室" : "技能大师工作室") + i, enterprises.get(e).id(),
                    enterprises.get(e).name(), enterprises.get(e).regionCode(), domain.section(), domain.division(),
                    TIERS[random.nextInt(TIERS.length)], status == 0 ? "REVOKED" : status < 14 ? "ACCREDITED" : "REGISTERED",
                    summary, keywords));
        }
        List<SupplyGraph.Link> links = new ArrayList<>();
        for (int i = 0; i < enterpriseCount; i++) {
            int up = random.nextInt(enterpriseCount);
            int down = random.nextInt(enterpriseCount);
            if (up != down) {
                links.add(new SupplyGraph.Link(id("link", seed + "-" + i), enterprises.get(up).id(), enterprises.get(down).id(), "零部件"));
            }
        }
        return new Generated(studios, enterprises, links);
    }

    private static String pick(Random random, String[] from, int count, String separator) {
        List<String> pool = new ArrayList<>(List.of(from));
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < Math.min(count, from.length); i++) {
            chosen.add(pool.remove(random.nextInt(pool.size())));
        }
        return String.join(separator, chosen);
    }
}
