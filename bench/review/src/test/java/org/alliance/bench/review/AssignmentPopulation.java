package org.alliance.bench.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.alliance.review.domain.assignment.CaseProfile;
import org.alliance.review.domain.assignment.EnterpriseRelations.Link;
import org.alliance.review.domain.assignment.ExpertProfile;

/**
 * A call's worth of review work, made deterministically from a seed: studios over enterprises with supply
 * links between them (two per enterprise on average) and groups of a few enterprises, signed-off cases of
 * randomly drawn studios with titles from their industry's vocabulary, and an expert pool in which some
 * experts work for an applicant, its supplier or customer, or its group, and some declared conflicts.
 */
final class AssignmentPopulation {

    static final String[][] INDUSTRIES = {
            {"37", "焊接", "装甲钢", "变形控制", "激光焊", "车体"},
            {"44", "锅炉防磨", "热电", "汽轮机", "余热回收", "脱硫"},
            {"06", "瓦斯抽采", "综采", "煤矿安全", "巷道支护", "井下通信"},
            {"48", "BIM运维", "装配式", "模板", "深基坑", "机电安装"},
            {"38", "电池管理", "电机控制", "充电桩", "变频", "储能"},
            {"34", "数控加工", "夹具", "刀具寿命", "精密磨削", "五轴"},
            {"26", "催化剂", "精馏", "聚合", "废水处理", "防腐"},
            {"31", "轧钢", "连铸", "高炉", "转炉", "热处理"},
            {"39", "芯片封装", "传感器", "嵌入式", "通信模块", "测试"},
            {"27", "制剂", "原料药", "无菌", "发酵", "质量控制"},
            {"53", "铁路信号", "轨道检测", "接触网", "机车检修", "道岔"},
            {"65", "工业软件", "数据采集", "边缘计算", "算法", "运维平台"}};

    final int studios;
    final List<UUID> enterprises = new ArrayList<>();
    final List<Link> links = new ArrayList<>();
    final Map<UUID, String> groups = new HashMap<>();
    final List<CaseProfile> cases = new ArrayList<>();
    final List<ExpertProfile> experts = new ArrayList<>();

    AssignmentPopulation(int studios, int applications, int expertCount, long seed) {
        this.studios = studios;
        Random random = new Random(seed);
        int enterpriseCount = studios / 2;
        for (int i = 0; i < enterpriseCount; i++) {
            enterprises.add(new UUID(random.nextLong(), random.nextLong()));
        }
        Set<Long> seen = new HashSet<>();
        while (links.size() < studios) {
            int up = random.nextInt(enterpriseCount);
            int down = random.nextInt(enterpriseCount);
            if (up != down && seen.add((long) up * enterpriseCount + down)) {
                links.add(new Link(enterprises.get(up), enterprises.get(down)));
            }
        }
        for (int g = 0; g < enterpriseCount / 10; g++) {
            for (int m = 0; m < 4; m++) {
                groups.put(enterprises.get(random.nextInt(enterpriseCount)), "集团" + g);
            }
        }
        // studio i belongs to enterprise i / 2 and works in industry i % 12
        List<Integer> drawn = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        while (drawn.size() < applications) {
            int s = random.nextInt(studios);
            if (used.add(s)) {
                drawn.add(s);
            }
        }
        for (int s : drawn) {
            String[] industry = INDUSTRIES[s % INDUSTRIES.length];
            String title = industry[1 + random.nextInt(5)] + "与" + industry[1 + random.nextInt(5)] + "工艺改进项目";
            cases.add(new CaseProfile(new UUID(random.nextLong(), random.nextLong()), studioId(s), enterprises.get(s / 2),
                    industry[0], title));
        }
        for (int e = 0; e < expertCount; e++) {
            String[] industry = INDUSTRIES[random.nextInt(INDUSTRIES.length)];
            Set<String> divisions = new HashSet<>(Set.of(industry[0]));
            if (random.nextInt(3) == 0) {
                divisions.add(INDUSTRIES[random.nextInt(INDUSTRIES.length)][0]);
            }
            List<String> keywords = new ArrayList<>();
            for (int k = 1; k <= 5; k++) {
                if (random.nextInt(5) < 3) {
                    keywords.add(industry[k]);
                }
            }
            UUID employer = employer(random);
            Set<UUID> declared = new HashSet<>();
            if (random.nextInt(10) == 0) {
                declared.add(cases.get(random.nextInt(cases.size())).studioId());
            }
            experts.add(new ExpertProfile(new UUID(random.nextLong(), random.nextLong()), "专家" + e, employer, divisions,
                    keywords, declared, 15 + random.nextInt(11)));
        }
    }

    /** Most experts work somewhere unrelated; a fifth for an applicant, a tenth one link from one, some in a group. */
    private UUID employer(Random random) {
        int kind = random.nextInt(20);
        CaseProfile c = cases.get(random.nextInt(cases.size()));
        if (kind < 4) {
            return c.enterpriseId();
        }
        if (kind < 6) {
            for (Link l : links) {
                if (l.downstream().equals(c.enterpriseId())) {
                    return l.upstream();
                }
                if (l.upstream().equals(c.enterpriseId())) {
                    return l.downstream();
                }
            }
        }
        if (kind < 7 && !groups.isEmpty()) {
            return groups.keySet().stream().skip(random.nextInt(groups.size())).findFirst().orElseThrow();
        }
        return enterprises.get(random.nextInt(enterprises.size()));
    }

    static UUID studioId(int s) {
        return new UUID(0x5757L, s);
    }
}
