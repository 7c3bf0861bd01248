-- GB/T 2260 administrative divisions; every row keeps the edition of the code list it came from.
CREATE TABLE region (
    code             CHAR(6) PRIMARY KEY,
    name             TEXT    NOT NULL,
    level            TEXT    NOT NULL CHECK (level IN ('PROVINCE', 'PREFECTURE')),
    parent_code      CHAR(6) REFERENCES region (code),
    standard_version TEXT    NOT NULL
);

INSERT INTO region (code, name, level, parent_code, standard_version) VALUES
 ('110000', '北京市', 'PROVINCE', NULL, 'GB/T 2260-2007 (2023 codes)'),
 ('150000', '内蒙古自治区', 'PROVINCE', NULL, 'GB/T 2260-2007 (2023 codes)'),
 ('310000', '上海市', 'PROVINCE', NULL, 'GB/T 2260-2007 (2023 codes)'),
 ('320000', '江苏省', 'PROVINCE', NULL, 'GB/T 2260-2007 (2023 codes)'),
 ('330000', '浙江省', 'PROVINCE', NULL, 'GB/T 2260-2007 (2023 codes)'),
 ('340000', '安徽省', 'PROVINCE', NULL, 'GB/T 2260-2007 (2023 codes)'),
 ('340600', '淮北市', 'PREFECTURE', '340000', 'GB/T 2260-2007 (2023 codes)'),
 ('420000', '湖北省', 'PROVINCE', NULL, 'GB/T 2260-2007 (2023 codes)'),
 ('450000', '广西壮族自治区', 'PROVINCE', NULL, 'GB/T 2260-2007 (2023 codes)');
