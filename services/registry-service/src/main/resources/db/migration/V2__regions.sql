-- GB/T 2260 reference data, completing what V1 started (V1 holds 110000, 150000, 310000, 320000,
-- 330000, 340000, 340600, 420000, 450000).
--  * every province-level division the standard lists: 34 in all, with Taiwan (71), Hong Kong (81)
--    and Macao (82) under the codes GB/T 2260 gives them;
--  * every prefecture-level division (cities, leagues 盟, autonomous prefectures 自治州) of the
--    regions the seeds name: Inner Mongolia, Jiangsu, Zhejiang, Anhui, Hubei, Guangxi.
-- Hubei's four county-level units under the province (仙桃、潜江、天门、神农架林区, code group
-- 429000) are not prefecture-level and are left out, as are Beijing's and Shanghai's districts.
-- Codes and names follow the Ministry of Civil Affairs' 2023 code list; the edition is kept per row.

INSERT INTO region (code, name, level, parent_code, standard_version)
SELECT code, name, level, parent_code, 'GB/T 2260-2007 (2023 codes)'
FROM (VALUES
 ('120000', '天津市', 'PROVINCE', NULL),
 ('130000', '河北省', 'PROVINCE', NULL),
 ('140000', '山西省', 'PROVINCE', NULL),
 ('210000', '辽宁省', 'PROVINCE', NULL),
 ('220000', '吉林省', 'PROVINCE', NULL),
 ('230000', '黑龙江省', 'PROVINCE', NULL),
 ('350000', '福建省', 'PROVINCE', NULL),
 ('360000', '江西省', 'PROVINCE', NULL),
 ('370000', '山东省', 'PROVINCE', NULL),
 ('410000', '河南省', 'PROVINCE', NULL),
 ('430000', '湖南省', 'PROVINCE', NULL),
 ('440000', '广东省', 'PROVINCE', NULL),
 ('460000', '海南省', 'PROVINCE', NULL),
 ('500000', '重庆市', 'PROVINCE', NULL),
 ('510000', '四川省', 'PROVINCE', NULL),
 ('520000', '贵州省', 'PROVINCE', NULL),
 ('530000', '云南省', 'PROVINCE', NULL),
 ('540000', '西藏自治区', 'PROVINCE', NULL),
 ('610000', '陕西省', 'PROVINCE', NULL),
 ('620000', '甘肃省', 'PROVINCE', NULL),
 ('630000', '青海省', 'PROVINCE', NULL),
 ('640000', '宁夏回族自治区', 'PROVINCE', NULL),
 ('650000', '新疆维吾尔自治区', 'PROVINCE', NULL),
 ('710000', '台湾省', 'PROVINCE', NULL),
 ('810000', '香港特别行政区', 'PROVINCE', NULL),
 ('820000', '澳门特别行政区', 'PROVINCE', NULL),

 -- 内蒙古自治区: 9 cities, 3 leagues
 ('150100', '呼和浩特市', 'PREFECTURE', '150000'),
 ('150200', '包头市', 'PREFECTURE', '150000'),
 ('150300', '乌海市', 'PREFECTURE', '150000'),
 ('150400', '赤峰市', 'PREFECTURE', '150000'),
 ('150500', '通辽市', 'PREFECTURE', '150000'),
 ('150600', '鄂尔多斯市', 'PREFECTURE', '150000'),
 ('150700', '呼伦贝尔市', 'PREFECTURE', '150000'),
 ('150800', '巴彦淖尔市', 'PREFECTURE', '150000'),
 ('150900', '乌兰察布市', 'PREFECTURE', '150000'),
 ('152200', '兴安盟', 'PREFECTURE', '150000'),
 ('152500', '锡林郭勒盟', 'PREFECTURE', '150000'),
 ('152900', '阿拉善盟', 'PREFECTURE', '150000'),

 -- 江苏省: 13 cities
 ('320100', '南京市', 'PREFECTURE', '320000'),
 ('320200', '无锡市', 'PREFECTURE', '320000'),
 ('320300', '徐州市', 'PREFECTURE', '320000'),
 ('320400', '常州市', 'PREFECTURE', '320000'),
 ('320500', '苏州市', 'PREFECTURE', '320000'),
 ('320600', '南通市', 'PREFECTURE', '320000'),
 ('320700', '连云港市', 'PREFECTURE', '320000'),
 ('320800', '淮安市', 'PREFECTURE', '320000'),
 ('320900', '盐城市', 'PREFECTURE', '320000'),
 ('321000', '扬州市', 'PREFECTURE', '320000'),
 ('321100', '镇江市', 'PREFECTURE', '320000'),
 ('321200', '泰州市', 'PREFECTURE', '320000'),
 ('321300', '宿迁市', 'PREFECTURE', '320000'),

 -- 浙江省: 11 cities
 ('330100', '杭州市', 'PREFECTURE', '330000'),
 ('330200', '宁波市', 'PREFECTURE', '330000'),
 ('330300', '温州市', 'PREFECTURE', '330000'),
 ('330400', '嘉兴市', 'PREFECTURE', '330000'),
 ('330500', '湖州市', 'PREFECTURE', '330000'),
 ('330600', '绍兴市', 'PREFECTURE', '330000'),
 ('330700', '金华市', 'PREFECTURE', '330000'),
 ('330800', '衢州市', 'PREFECTURE', '330000'),
 ('330900', '舟山市', 'PREFECTURE', '330000'),
 ('331000', '台州市', 'PREFECTURE', '330000'),
 ('331100', '丽水市', 'PREFECTURE', '330000'),

 -- 安徽省: 16 cities (淮北市 340600 is in V1; 巢湖市 341400 was dissolved in 2011)
 ('340100', '合肥市', 'PREFECTURE', '340000'),
 ('340200', '芜湖市', 'PREFECTURE', '340000'),
 ('340300', '蚌埠市', 'PREFECTURE', '340000'),
 ('340400', '淮南市', 'PREFECTURE', '340000'),
 ('340500', '马鞍山市', 'PREFECTURE', '340000'),
 ('340700', '铜陵市', 'PREFECTURE', '340000'),
 ('340800', '安庆市', 'PREFECTURE', '340000'),
 ('341000', '黄山市', 'PREFECTURE', '340000'),
 ('341100', '滁州市', 'PREFECTURE', '340000'),
 ('341200', '阜阳市', 'PREFECTURE', '340000'),
 ('341300', '宿州市', 'PREFECTURE', '340000'),
 ('341500', '六安市', 'PREFECTURE', '340000'),
 ('341600', '亳州市', 'PREFECTURE', '340000'),
 ('341700', '池州市', 'PREFECTURE', '340000'),
 ('341800', '宣城市', 'PREFECTURE', '340000'),

 -- 湖北省: 12 cities and 1 autonomous prefecture
 ('420100', '武汉市', 'PREFECTURE', '420000'),
 ('420200', '黄石市', 'PREFECTURE', '420000'),
 ('420300', '十堰市', 'PREFECTURE', '420000'),
 ('420500', '宜昌市', 'PREFECTURE', '420000'),
 ('420600', '襄阳市', 'PREFECTURE', '420000'),
 ('420700', '鄂州市', 'PREFECTURE', '420000'),
 ('420800', '荆门市', 'PREFECTURE', '420000'),
 ('420900', '孝感市', 'PREFECTURE', '420000'),
 ('421000', '荆州市', 'PREFECTURE', '420000'),
 ('421100', '黄冈市', 'PREFECTURE', '420000'),
 ('421200', '咸宁市', 'PREFECTURE', '420000'),
 ('421300', '随州市', 'PREFECTURE', '420000'),
 ('422800', '恩施土家族苗族自治州', 'PREFECTURE', '420000'),

 -- 广西壮族自治区: 14 cities
 ('450100', '南宁市', 'PREFECTURE', '450000'),
 ('450200', '柳州市', 'PREFECTURE', '450000'),
 ('450300', '桂林市', 'PREFECTURE', '450000'),
 ('450400', '梧州市', 'PREFECTURE', '450000'),
 ('450500', '北海市', 'PREFECTURE', '450000'),
 ('450600', '防城港市', 'PREFECTURE', '450000'),
 ('450700', '钦州市', 'PREFECTURE', '450000'),
 ('450800', '贵港市', 'PREFECTURE', '450000'),
 ('450900', '玉林市', 'PREFECTURE', '450000'),
 ('451000', '百色市', 'PREFECTURE', '450000'),
 ('451100', '贺州市', 'PREFECTURE', '450000'),
 ('451200', '河池市', 'PREFECTURE', '450000'),
 ('451300', '来宾市', 'PREFECTURE', '450000'),
 ('451400', '崇左市', 'PREFECTURE', '450000')
) AS r(code, name, level, parent_code);

CREATE INDEX region_parent_idx ON region (parent_code);
