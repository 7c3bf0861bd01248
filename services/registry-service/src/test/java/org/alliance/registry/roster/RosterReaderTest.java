package org.alliance.registry.roster;

import static org.alliance.registry.domain.roster.RosterColumn.*;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.alliance.common.problem.ProblemException;
import org.alliance.registry.domain.roster.RosterColumn;
import org.alliance.registry.domain.roster.RosterFile;
import org.alliance.registry.domain.roster.RosterReader;
import org.alliance.registry.synthetic.StudioGenerator;
import org.alliance.registry.synthetic.SyntheticStudio;
import org.junit.jupiter.api.Test;

class RosterReaderTest {

    @Test
    void csvQuotingLineBreaksBomAndRowNumbers() {
        String header = String.join(",", java.util.Arrays.stream(RosterColumn.values()).map(RosterColumn::header).toList());
        String text = "\uFEFF2021年名单,,\n" + header + "\r\n"
                + "\"卢仁峰创新工作室\",\"内蒙古第一机械集团有限公司\",91150200114000010X,国有企业,37,150200,全国示范性,卢仁峰,,30,,"
                + "\"第一行，含逗号\n第二行\"\"引号\"\"\",焊接,,王丽,,\r\n"
                + ",,,,,,,,,,,,,,,,\r\n"
                + "吴险峰创新工作室,神华宝日希勒能源有限公司";
        RosterFile file = RosterReader.read("名单.csv", text.getBytes(StandardCharsets.UTF_8));
        assertThat(file.format(), equalTo(RosterFile.Format.CSV));
        assertThat(file.rows().size(), equalTo(2));
        assertThat(file.rows().get(0).number(), equalTo(3));
        assertThat(file.rows().get(0).get(SUMMARY), equalTo("第一行，含逗号\n第二行\"引号\""));
        assertThat(file.rows().get(0).get(HONOURS), equalTo(null));
        assertThat(file.rows().get(1).number(), equalTo(5));
        assertThat(file.rows().get(1).cells(), equalTo(Map.of(STUDIO_NAME, "吴险峰创新工作室", ENTERPRISE_NAME, "神华宝日希勒能源有限公司")));
    }

    @Test
    void tenThousandRowsPassAndOneMoreIsRefused() {
        List<Map<RosterColumn, String>> rows = StudioGenerator.generate(5, 10_001).stream().map(SyntheticStudio::rosterRow).toList();
        RosterFile ok = RosterReader.read("a.csv", Rosters.csv(rows.subList(0, 10_000), false));
        assertThat(ok.rows().size(), equalTo(10_000));
        assertThat(ok.rows().get(9_999).number(), equalTo(10_001));
        ProblemException tooMany = assertThrows(ProblemException.class, () -> RosterReader.read("b.csv", Rosters.csv(rows, false)));
        assertThat(tooMany.status(), equalTo(413));
        assertThat(tooMany.getMessage(), equalTo("b.csv has more than 10000 data rows (row 10002 is one too many);"
                + " split it into files of at most 10000 rows"));
    }

    @Test
    void xlsxOverTheLimitIsRefusedWhileStreaming() {
        List<List<Object>> rows = StudioGenerator.generate(6, 10_001).stream()
                .map(s -> List.<Object>of(s.name(), s.enterprise().name())).toList();
        byte[] xlsx = Rosters.xlsx(null, List.of("工作室名称", "所属企业", "统一社会信用代码", "企业性质", "行业代码", "行政区划代码",
                "级别", "领军人", "团队人数", "能力简介", "联系人"), rows);
        ProblemException tooMany = assertThrows(ProblemException.class, () -> RosterReader.read("c.xlsx", xlsx));
        assertThat(tooMany.status(), equalTo(413));
    }

    @Test
    void oldExcelIsRefusedWithAHint() {
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0};
        ProblemException e = assertThrows(ProblemException.class, () -> RosterReader.read("旧表.xls", xls));
        assertThat(e.status(), equalTo(415));
        assertThat(e.getMessage(), equalTo("旧表.xls is an Excel 97-2003 (.xls) workbook; save it as .xlsx or as CSV UTF-8"));
    }
}
