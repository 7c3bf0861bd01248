-- GB/T 4754-2017 国民经济行业分类: the 20 sections (门类, one letter) and the 97 divisions (大类,
-- two digits) enterprises are classified by, and the focus-industry (高精尖) overlay on them.
-- Names are the standard's own, amendment No. 1 (2019) changed none at these two levels.

CREATE TABLE industry_section (
    code             CHAR(1) PRIMARY KEY CHECK (code BETWEEN 'A' AND 'T'),
    name             TEXT    NOT NULL,
    standard_version TEXT    NOT NULL
);

CREATE TABLE industry_division (
    code             CHAR(2) PRIMARY KEY CHECK (code ~ '^[0-9]{2}$'),
    section_code     CHAR(1) NOT NULL REFERENCES industry_section (code),
    name             TEXT    NOT NULL,
    standard_version TEXT    NOT NULL
);
CREATE INDEX industry_division_section_idx ON industry_division (section_code);

INSERT INTO industry_section (code, name, standard_version)
SELECT code, name, 'GB/T 4754-2017' FROM (VALUES
 ('A', '农、林、牧、渔业'),
 ('B', '采矿业'),
 ('C', '制造业'),
 ('D', '电力、热力、燃气及水生产和供应业'),
 ('E', '建筑业'),
 ('F', '批发和零售业'),
 ('G', '交通运输、仓储和邮政业'),
 ('H', '住宿和餐饮业'),
 ('I', '信息传输、软件和信息技术服务业'),
 ('J', '金融业'),
 ('K', '房地产业'),
 ('L', '租赁和商务服务业'),
 ('M', '科学研究和技术服务业'),
 ('N', '水利、环境和公共设施管理业'),
 ('O', '居民服务、修理和其他服务业'),
 ('P', '教育'),
 ('Q', '卫生和社会工作'),
 ('R', '文化、体育和娱乐业'),
 ('S', '公共管理、社会保障和社会组织'),
 ('T', '国际组织')
) AS s(code, name);

INSERT INTO industry_division (code, section_code, name, standard_version)
SELECT code, section_code, name, 'GB/T 4754-2017' FROM (VALUES
 ('01', 'A', '农业'),
 ('02', 'A', '林业'),
 ('03', 'A', '畜牧业'),
 ('04', 'A', '渔业'),
 ('05', 'A', '农、林、牧、渔专业及辅助性活动'),
 ('06', 'B', '煤炭开采和洗选业'),
 ('07', 'B', '石油和天然气开采业'),
 ('08', 'B', '黑色金属矿采选业'),
 ('09', 'B', '有色金属矿采选业'),
 ('10', 'B', '非金属矿采选业'),
 ('11', 'B', '开采专业及辅助性活动'),
 ('12', 'B', '其他采矿业'),
 ('13', 'C', '农副食品加工业'),
 ('14', 'C', '食品制造业'),
 ('15', 'C', '酒、饮料和精制茶制造业'),
 ('16', 'C', '烟草制品业'),
 ('17', 'C', '纺织业'),
 ('18', 'C', '纺织服装、服饰业'),
 ('19', 'C', '皮革、毛皮、羽毛及其制品和制鞋业'),
 ('20', 'C', '木材加工和木、竹、藤、棕、草制品业'),
 ('21', 'C', '家具制造业'),
 ('22', 'C', '造纸和纸制品业'),
 ('23', 'C', '印刷和记录媒介复制业'),
 ('24', 'C', '文教、工美、体育和娱乐用品制造业'),
 ('25', 'C', '石油、煤炭及其他燃料加工业'),
 ('26', 'C', '化学原料和化学制品制造业'),
 ('27', 'C', '医药制造业'),
 ('28', 'C', '化学纤维制造业'),
 ('29', 'C', '橡胶和塑料制品业'),
 ('30', 'C', '非金属矿物制品业'),
 ('31', 'C', '黑色金属冶炼和压延加工业'),
 ('32', 'C', '有色金属冶炼和压延加工业'),
 ('33', 'C', '金属制品业'),
 ('34', 'C', '通用设备制造业'),
 ('35', 'C', '专用设备制造业'),
 ('36', 'C', '汽车制造业'),
 ('37', 'C', '铁路、船舶、航空航天和其他运输设备制造业'),
 ('38', 'C', '电气机械和器材制造业'),
 ('39', 'C', '计算机、通信和其他电子设备制造业'),
 ('40', 'C', '仪器仪表制造业'),
 ('41', 'C', '其他制造业'),
 ('42', 'C', '废弃资源综合利用业'),
 ('43', 'C', '金属制品、机械和设备修理业'),
 ('44', 'D', '电力、热力生产和供应业'),
 ('45', 'D', '燃气生产和供应业'),
 ('46', 'D', '水的生产和供应业'),
 ('47', 'E', '房屋建筑业'),
 ('48', 'E', '土木工程建筑业'),
 ('49', 'E', '建筑安装业'),
 ('50', 'E', '建筑装饰、装修和其他建筑业'),
 ('51', 'F', '批发业'),
 ('52', 'F', '零售业'),
 ('53', 'G', '铁路运输业'),
 ('54', 'G', '道路运输业'),
 ('55', 'G', '水上运输业'),
 ('56', 'G', '航空运输业'),
 ('57', 'G', '管道运输业'),
 ('58', 'G', '多式联运和运输代理业'),
 ('59', 'G', '装卸搬运和仓储业'),
 ('60', 'G', '邮政业'),
 ('61', 'H', '住宿业'),
 ('62', 'H', '餐饮业'),
 ('63', 'I', '电信、广播电视和卫星传输服务'),
 ('64', 'I', '互联网和相关服务'),
 ('65', 'I', '软件和信息技术服务业'),
 ('66', 'J', '货币金融服务'),
 ('67', 'J', '资本市场服务'),
 ('68', 'J', '保险业'),
 ('69', 'J', '其他金融业'),
 ('70', 'K', '房地产业'),
 ('71', 'L', '租赁业'),
 ('72', 'L', '商务服务业'),
 ('73', 'M', '研究和试验发展'),
 ('74', 'M', '专业技术服务业'),
 ('75', 'M', '科技推广和应用服务业'),
 ('76', 'N', '水利管理业'),
 ('77', 'N', '生态保护和环境治理业'),
 ('78', 'N', '公共设施管理业'),
 ('79', 'N', '土地管理业'),
 ('80', 'O', '居民服务业'),
 ('81', 'O', '机动车、电子产品和日用产品修理业'),
 ('82', 'O', '其他服务业'),
 ('83', 'P', '教育'),
 ('84', 'Q', '卫生'),
 ('85', 'Q', '社会工作'),
 ('86', 'R', '新闻和出版业'),
 ('87', 'R', '广播、电视、电影和录音制作业'),
 ('88', 'R', '文化艺术业'),
 ('89', 'R', '体育'),
 ('90', 'R', '娱乐业'),
 ('91', 'S', '中国共产党机关'),
 ('92', 'S', '国家机构'),
 ('93', 'S', '人民政协、民主党派'),
 ('94', 'S', '社会保障'),
 ('95', 'S', '群众团体、社会团体和其他成员组织'),
 ('96', 'S', '基层群众自治组织及其他组织'),
 ('97', 'T', '国际组织')
) AS d(code, section_code, name);

-- The focus industries (高精尖) of the Beijing union's 2021 innovation-boost plan. They are not a
-- classification of their own: each overlays the GB/T 4754 divisions where its activity is
-- classified. The overlay is the registry team's reading of the standard (documented per link in
-- services/registry-service/README.md); one division may serve several focus industries.
CREATE TABLE focus_industry (
    code             TEXT PRIMARY KEY,
    name             TEXT NOT NULL,
    ordinal          INT  NOT NULL UNIQUE,
    standard_version TEXT NOT NULL
);

CREATE TABLE focus_industry_division (
    focus_code    TEXT    NOT NULL REFERENCES focus_industry (code),
    division_code CHAR(2) NOT NULL REFERENCES industry_division (code),
    rationale     TEXT    NOT NULL,
    PRIMARY KEY (focus_code, division_code)
);

INSERT INTO focus_industry (code, name, ordinal, standard_version)
SELECT code, name, ordinal, '北京市总工会2021年职工创新助推计划 高精尖产业 / GB/T 4754-2017' FROM (VALUES
 ('AI', '人工智能', 1),
 ('MEDICINE_HEALTH', '医药健康', 2),
 ('NEW_ENERGY_SMART_VEHICLES', '新能源智能汽车', 3),
 ('NEW_MATERIALS', '新材料', 4),
 ('TECHNOLOGY_SERVICES', '科技服务', 5),
 ('NEXT_GENERATION_IT', '新一代信息技术', 6),
 ('INTEGRATED_CIRCUITS', '集成电路', 7),
 ('SMART_EQUIPMENT', '智能装备', 8),
 ('ENERGY_SAVING_ENVIRONMENT', '节能环保', 9),
 ('SOFTWARE_INFORMATION_SERVICES', '软件和信息服务', 10)
) AS f(code, name, ordinal);

INSERT INTO focus_industry_division (focus_code, division_code, rationale) VALUES
 ('AI', '39', '智能芯片、智能终端与机器人控制器等硬件'),
 ('AI', '64', '互联网平台上的智能服务'),
 ('AI', '65', '人工智能软件、算法与数据服务'),
 ('MEDICINE_HEALTH', '27', '化学药、中药、生物药品制造'),
 ('MEDICINE_HEALTH', '35', '医疗仪器设备及器械制造(358)'),
 ('MEDICINE_HEALTH', '84', '医疗卫生服务'),
 ('NEW_ENERGY_SMART_VEHICLES', '36', '整车、新能源车与汽车零部件制造'),
 ('NEW_ENERGY_SMART_VEHICLES', '38', '动力电池(384)与驱动电机等电气器材'),
 ('NEW_MATERIALS', '26', '专用化学产品与高分子材料'),
 ('NEW_MATERIALS', '28', '高性能纤维'),
 ('NEW_MATERIALS', '30', '特种陶瓷、玻璃纤维与复合材料'),
 ('NEW_MATERIALS', '31', '特种钢材'),
 ('NEW_MATERIALS', '32', '轻合金与稀土等有色金属新材料'),
 ('TECHNOLOGY_SERVICES', '73', '研究和试验发展'),
 ('TECHNOLOGY_SERVICES', '74', '检验检测、工程技术与设计服务'),
 ('TECHNOLOGY_SERVICES', '75', '技术推广、科技中介与成果转化服务'),
 ('NEXT_GENERATION_IT', '39', '通信设备、计算机与电子元器件制造'),
 ('NEXT_GENERATION_IT', '63', '电信、广播电视和卫星传输'),
 ('NEXT_GENERATION_IT', '64', '互联网接入与平台服务'),
 ('INTEGRATED_CIRCUITS', '39', '集成电路制造与封装测试(397)'),
 ('INTEGRATED_CIRCUITS', '65', '集成电路设计(6520)'),
 ('SMART_EQUIPMENT', '34', '通用设备与工业机器人'),
 ('SMART_EQUIPMENT', '35', '专用设备'),
 ('SMART_EQUIPMENT', '37', '轨道交通、航空航天与特种车辆装备'),
 ('SMART_EQUIPMENT', '40', '仪器仪表与智能传感'),
 ('ENERGY_SAVING_ENVIRONMENT', '35', '环境保护专用设备制造(359)'),
 ('ENERGY_SAVING_ENVIRONMENT', '42', '废弃资源综合利用'),
 ('ENERGY_SAVING_ENVIRONMENT', '77', '生态保护和环境治理'),
 ('SOFTWARE_INFORMATION_SERVICES', '64', '互联网和相关服务'),
 ('SOFTWARE_INFORMATION_SERVICES', '65', '软件开发与信息技术服务');
