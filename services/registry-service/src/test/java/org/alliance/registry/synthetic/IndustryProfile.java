package org.alliance.registry.synthetic;

import java.util.List;

/**
 * One kind of enterprise the generator makes: its GB/T 4754-2017 division, the endings of such
 * enterprises' names, the focus industries it serves, and the vocabulary its studios' capabilities
 * are written in. The words are the ones unions' rosters and the seeds use (焊接, 锅炉防磨, BIM运维 ...).
 */
record IndustryProfile(String section, String division, List<String> nameEndings, List<String> focus,
        String field, List<String> keywords, List<String> problems) {

    static final List<IndustryProfile> ALL = List.of(
            new IndustryProfile("C", "34", List.of("重工有限公司", "机械制造有限公司", "重型机械有限公司"), List.of("SMART_EQUIPMENT"),
                    "重型装备制造", List.of("焊接", "数控加工", "液压系统", "装配调试", "铸造", "热处理", "工装夹具", "激光切割"),
                    List.of("大型结构件焊接变形", "数控机床加工精度", "液压系统泄漏", "铸件气孔缺陷")),
            new IndustryProfile("C", "37", List.of("轨道交通装备有限公司", "特种车辆有限公司", "船舶重工有限公司"), List.of("SMART_EQUIPMENT"),
                    "运输装备制造", List.of("装甲钢焊接", "转向架", "焊接机器人", "薄板变形控制", "无损检测", "总装工艺"),
                    List.of("装甲钢焊接裂纹", "转向架构架焊缝质量", "薄板焊接变形")),
            new IndustryProfile("D", "44", List.of("电力有限公司", "热电有限公司", "发电有限责任公司"), List.of("ENERGY_SAVING_ENVIRONMENT"),
                    "火力发电与供热", List.of("锅炉防磨", "锅炉防爆", "汽轮机检修", "继电保护", "变电运维", "输电线路巡检", "脱硫脱硝"),
                    List.of("锅炉四管泄漏", "汽轮机振动超标", "继电保护误动")),
            new IndustryProfile("C", "36", List.of("汽车零部件有限公司", "汽车制造有限公司", "新能源汽车有限公司"),
                    List.of("NEW_ENERGY_SMART_VEHICLES"), "汽车及零部件制造",
                    List.of("电池管理", "冲压模具", "涂装工艺", "总装质量", "电驱测试", "线束装配", "智能网联"),
                    List.of("动力电池一致性", "冲压件回弹", "涂装橘皮缺陷")),
            new IndustryProfile("E", "49", List.of("建设安装工程有限公司", "机电安装有限公司"), List.of("TECHNOLOGY_SERVICES"),
                    "建筑机电安装", List.of("BIM运维", "机电安装", "管道焊接", "钢结构吊装", "智慧工地", "预制装配"),
                    List.of("机电管线综合碰撞", "大型设备吊装", "运维数据孤岛")),
            new IndustryProfile("B", "06", List.of("能源有限公司", "煤业有限公司", "矿业有限责任公司"), List.of("ENERGY_SAVING_ENVIRONMENT"),
                    "煤炭开采", List.of("综采设备维修", "矿井通风", "露天剥离", "瓦斯抽采", "采煤机电控", "皮带机保护"),
                    List.of("综采设备故障停机", "瓦斯超限", "皮带跑偏")),
            new IndustryProfile("C", "31", List.of("钢铁有限公司", "特钢有限公司"), List.of("NEW_MATERIALS"),
                    "钢铁冶炼与轧制", List.of("高炉操作", "轧钢工艺", "连铸", "设备点检", "特种钢板", "炉外精炼"),
                    List.of("连铸坯表面裂纹", "轧辊磨损", "高炉炉况波动")),
            new IndustryProfile("C", "39", List.of("电子科技有限公司", "微电子有限公司"), List.of("NEXT_GENERATION_IT", "INTEGRATED_CIRCUITS"),
                    "电子信息制造", List.of("SMT贴片", "芯片封装测试", "自动光学检测", "静电防护", "回流焊工艺"),
                    List.of("贴片虚焊", "封装良率", "检测误判")),
            new IndustryProfile("I", "65", List.of("信息技术有限公司", "软件有限公司"), List.of("SOFTWARE_INFORMATION_SERVICES", "AI"),
                    "软件和信息服务", List.of("工业软件", "数据采集", "边缘计算", "机器视觉", "设备预测性维护", "数字孪生"),
                    List.of("设备数据不互通", "质检依赖人工", "排产效率低")),
            new IndustryProfile("C", "26", List.of("化工有限公司", "新材料有限公司"), List.of("NEW_MATERIALS"),
                    "化工与新材料", List.of("催化剂", "工艺优化", "安全联锁", "精馏节能", "聚合工艺"),
                    List.of("反应收率偏低", "精馏能耗高", "联锁误动作")),
            new IndustryProfile("C", "27", List.of("制药有限公司", "药业有限公司"), List.of("MEDICINE_HEALTH"),
                    "医药制造", List.of("制剂工艺", "GMP验证", "中药提取", "无菌灌装", "质量检验"),
                    List.of("提取收率不稳", "灌装精度", "验证周期长")),
            new IndustryProfile("N", "77", List.of("环保科技有限公司", "环境工程有限公司"), List.of("ENERGY_SAVING_ENVIRONMENT"),
                    "生态环境治理", List.of("污水处理", "固废综合利用", "除尘", "在线监测", "污泥处置"),
                    List.of("出水总氮超标", "除尘效率下降", "污泥含水率高")));
}
