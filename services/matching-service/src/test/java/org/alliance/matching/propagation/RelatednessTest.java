package org.alliance.matching.propagation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.alliance.matching.domain.propagation.Relatedness;
import org.alliance.matching.domain.search.ChineseText;
import org.junit.jupiter.api.Test;

/** The seed examples: Hubei's boiler anti-wear system and the BIM operations platform. */
class RelatednessTest {

    private static final ChineseText ANALYSIS = new ChineseText();

    private final Relatedness boiler = new Relatedness(ANALYSIS, "可视化电站锅炉防磨防爆智能安全系统", List.of("锅炉", "防磨防爆", "可视化", "安全"));

    @Test
    void aBoilerStudioSharesTheBoilerTerms() {
        Set<String> shared = boiler.sharedWith("电站锅炉“四管”防磨防爆检修，受热面磨损在线监测 锅炉 检修");
        assertTrue(shared.containsAll(Set.of("锅炉", "防磨防爆")), shared.toString());
    }

    @Test
    void aTextileStudioSharesNothing() {
        assertEquals(Set.of(), boiler.sharedWith("纺织印染工艺改进，印花色差控制 染整"));
    }

    @Test
    void singleCharactersNeverRelateOnTheirOwn() {
        // smartcn splits the unknown word 防磨防爆 into 防 磨 防 爆; a studio mentioning 防 alone is not related
        assertEquals(Set.of(), boiler.sharedWith("防水涂料施工"));
    }

    @Test
    void latinKeywordsMatchWhateverTheirCase() {
        Relatedness bim = new Relatedness(ANALYSIS, "BIM运维管理平台", List.of("BIM", "运维管理", "建筑安装"));
        assertTrue(bim.sharedWith("基于bim的机电安装深化设计").contains("bim"));
    }
}
