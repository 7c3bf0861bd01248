package org.alliance.registry.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alliance.registry.domain.UnifiedSocialCreditCode;
import org.junit.jupiter.api.Test;

class StudioGeneratorTest {

    @Test
    void sameSeedSameStudios() {
        List<SyntheticStudio> a = StudioGenerator.generate(7, 500);
        List<SyntheticStudio> b = StudioGenerator.generate(7, 500);
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).rosterRow(), b.get(i).rosterRow());
        }
        assertNotEquals(a.get(0).rosterRow(), StudioGenerator.generate(8, 1).get(0).rosterRow());
    }

    @Test
    void realisticValidAndUniqueWhereItMatters() {
        List<SyntheticStudio> studios = StudioGenerator.generate(42, 20_000);
        Map<String, String> codeToEnterprise = new HashMap<>();
        Set<String> studioKeys = new HashSet<>();
        Set<String> regions = new HashSet<>();
        Set<String> divisions = new HashSet<>();
        for (SyntheticStudio s : studios) {
            SyntheticStudio.Enterprise e = s.enterprise();
            assertTrue(UnifiedSocialCreditCode.isValid(e.creditCode()), e.creditCode());
            String earlier = codeToEnterprise.putIfAbsent(e.creditCode(), e.name() + e.index());
            assertTrue(earlier == null || earlier.equals(e.name() + e.index()), "one credit code, one enterprise");
            assertTrue(studioKeys.add(e.creditCode() + "|" + s.name()), "studio names are unique within an enterprise");
            assertTrue(s.name().matches("\\p{IsHan}{2,4}(劳模)?创新工作室"), s.name());
            assertTrue(e.name().endsWith("公司"), e.name());
            assertTrue(s.summary().contains(s.keywords().get(0)));
            regions.add(e.regionCode());
            divisions.add(e.division());
        }
        assertEquals(StudioGenerator.CITIES.length, regions.size());
        assertEquals(IndustryProfile.ALL.size(), divisions.size());
    }
}
