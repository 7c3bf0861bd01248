package org.alliance.registry.synthetic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.alliance.registry.domain.UnifiedSocialCreditCode;

/**
 * Synthetic studios for tests and benchmarks: realistic Chinese names (a leader's surname and given
 * name + 创新工作室 or 劳模创新工作室, enterprises such as 包头宏达重工有限公司), one to four studios per
 * enterprise, spread over the seed regions' cities and twelve industries, with capabilities written
 * in each industry's vocabulary and valid unified social credit codes. The same seed gives the same
 * studios, in the same order, on every machine.
 */
public final class StudioGenerator {

    /** Cities of the seed regions (GB/T 2260) and how their enterprises' names begin. */
    static final String[][] CITIES = {
            {"150200", "包头"}, {"150100", "呼和浩特"}, {"150700", "呼伦贝尔"}, {"150600", "鄂尔多斯"}, {"150400", "赤峰"},
            {"320100", "南京"}, {"320200", "无锡"}, {"320500", "苏州"}, {"321100", "镇江"}, {"320400", "常州"},
            {"330100", "杭州"}, {"330200", "宁波"}, {"330400", "嘉兴"}, {"330600", "绍兴"},
            {"340100", "合肥"}, {"340200", "芜湖"}, {"340600", "淮北"}, {"340800", "安庆"}, {"340500", "马鞍山"},
            {"420100", "武汉"}, {"420500", "宜昌"}, {"420600", "襄阳"}, {"420300", "十堰"},
            {"450100", "南宁"}, {"450200", "柳州"}, {"450300", "桂林"},
            {"110000", "北京"}, {"310000", "上海"}};
    static final String[] BRANDS = {"宏达", "华宇", "中天", "金鼎", "恒信", "远航", "北方", "长江", "新城", "瑞丰", "天成", "东方",
            "永安", "鑫源", "万通", "振华", "国泰", "联创", "海川", "星辰", "嘉禾", "富强", "昌盛", "中联", "汇通", "安泰"};
    static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高",
            "林", "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "程", "曹", "袁", "邓", "许",
            "傅", "沈", "曾", "彭", "吕", "苏", "卢", "蒋", "蔡", "贾", "丁", "魏", "薛", "叶", "阎", "余", "潘", "杜", "戴",
            "夏", "钟", "汪", "田", "任", "姜", "范", "方", "石", "姚", "谭", "廖", "邹", "熊", "金", "陆", "郝", "孔", "白",
            "崔", "康", "毛", "邱", "秦", "江", "史", "顾", "侯", "邵", "孟", "龙", "万", "段", "雷", "钱", "汤", "尹", "常",
            "武", "乔", "贺", "赖", "龚", "文", "欧阳", "司马"};
    static final String[] GIVEN = {"建国", "志强", "海燕", "险峰", "仁峰", "晓东", "卫东", "红梅", "丽", "伟", "勇", "军", "磊",
            "敏", "静", "杰", "涛", "明", "超", "鹏", "斌", "霞", "平", "刚", "桂英", "秀兰", "玉兰", "国庆", "建华", "文博",
            "浩然", "思远", "立新", "振宇", "春生", "秋菊", "宏伟", "德胜", "永红", "小燕", "家豪", "子涵", "一鸣", "学军",
            "爱华", "长青", "森林", "海波", "金龙", "凤英"};
    static final String[] TIERS = {"NATIONAL_DEMONSTRATION", "PROVINCIAL_DEMONSTRATION", "MUNICIPAL", "DISTRICT_BUREAU_GROUP", "ENTERPRISE"};
    static final int[] TIER_WEIGHTS = {2, 10, 25, 30, 33};

    private final SplittableRandom random;
    private final long seed;
    private int enterprises;
    private SyntheticStudio.Enterprise enterprise;
    private IndustryProfile profile;
    private int left;
    private final Set<String> namesInEnterprise = new HashSet<>();
    private int studios;

    public StudioGenerator(long seed) {
        this.seed = seed;
        this.random = new SplittableRandom(seed);
    }

    /** An endless, deterministic stream of studios; take as many as needed with {@code limit(n)}. */
    public static Stream<SyntheticStudio> stream(long seed) {
        StudioGenerator generator = new StudioGenerator(seed);
        return Stream.generate(generator::next);
    }

    public static List<SyntheticStudio> generate(long seed, int n) {
        return stream(seed).limit(n).toList();
    }

    public SyntheticStudio next() {
        if (left == 0) {
            nextEnterprise();
        }
        left--;
        studios++;
        List<String> honours = new ArrayList<>();
        double h = random.nextDouble();
        if (h < 0.05) {
            honours.add("NATIONAL_MODEL_WORKER");
        } else if (h < 0.20) {
            honours.add("PROVINCIAL_MODEL_WORKER");
        } else if (h < 0.40) {
            honours.add("MUNICIPAL_MODEL_WORKER");
        }
        if (random.nextDouble() < 0.2) {
            honours.add("CRAFTSMAN");
        }
        boolean modelWorker = honours.stream().anyMatch(x -> x.endsWith("MODEL_WORKER"));
        String leader;
        String name;
        do {
            leader = person();
            name = leader + (modelWorker ? "劳模创新工作室" : "创新工作室");
        } while (!namesInEnterprise.add(name));
        List<String> keywords = pick(profile.keywords(), 2 + random.nextInt(3));
        String problem = profile.problems().get(random.nextInt(profile.problems().size()));
        String summary = "聚焦" + profile.field() + "生产一线难题，围绕" + problem + "开展技术攻关，擅长"
                + String.join("、", keywords) + "；累计完成技术革新" + (3 + random.nextInt(40)) + "项，获授权专利"
                + random.nextInt(25) + "项，年创效益" + (20 + random.nextInt(2000)) + "万元。";
        boolean[] haves = new boolean[7];
        haves[0] = modelWorker;
        for (int i = 1; i < 7; i++) {
            haves[i] = random.nextDouble() < 0.85;
        }
        String phone = "1" + "358".charAt(random.nextInt(3)) + String.format("%09d", random.nextInt(1_000_000_000));
        return new SyntheticStudio(enterprise, name, weighted(TIERS, TIER_WEIGHTS), leader, List.copyOf(honours),
                5 + random.nextInt(56), profile.focus(), summary, keywords, haves, person(), phone,
                "studio" + seed + "x" + studios + "@example.cn");
    }

    private void nextEnterprise() {
        enterprises++;
        String[] city = CITIES[random.nextInt(CITIES.length)];
        profile = IndustryProfile.ALL.get(random.nextInt(IndustryProfile.ALL.size()));
        String name = city[1] + BRANDS[random.nextInt(BRANDS.length)]
                + profile.nameEndings().get(random.nextInt(profile.nameEndings().size()));
        double o = random.nextDouble();
        String ownership = o < 0.45 ? "STATE_OWNED" : o < 0.90 ? "NON_PUBLIC" : o < 0.95 ? "COLLECTIVE" : "FOREIGN_INVESTED";
        enterprise = new SyntheticStudio.Enterprise(enterprises, name, creditCode(city[0], enterprises), ownership,
                profile.section(), profile.division(), city[0]);
        left = 1 + random.nextInt(4);
        namesInEnterprise.clear();
    }

    /**
     * A valid code (GB 32100 and GB 11714 check characters) unique per seed and enterprise: the
     * organisation body is the enterprise number scattered by a prime, offset by the seed.
     */
    private String creditCode(String region, int index) {
        long body = Math.floorMod(index * 7_919L + seed * 104_729L, 100_000_000L);
        String organisation = String.format("%08d", body);
        String first17 = "91" + region + organisation + UnifiedSocialCreditCode.organisationCheckCharacter(organisation);
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }

    private String person() {
        return SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
    }

    private List<String> pick(List<String> from, int n) {
        List<String> pool = new ArrayList<>(from);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n && !pool.isEmpty(); i++) {
            out.add(pool.remove(random.nextInt(pool.size())));
        }
        return out;
    }

    private String weighted(String[] values, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
