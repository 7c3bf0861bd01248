package org.alliance.matching.domain.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The in-memory catalog applies registry state by version, like the replica tables. */
class CatalogTest {

    static final UUID ENTERPRISE = UUID.randomUUID();

    static StudioDoc studio(UUID id, String status, String summary) {
        return new StudioDoc(id, "锅炉防磨防爆创新工作室", ENTERPRISE, "包头耐磨材料有限公司", "150200", "C", "33",
                "MUNICIPAL", status, summary, List.of("锅炉", "防磨"));
    }

    static MatchQuery need() {
        return new MatchQuery("锅炉防磨", "锅炉四管磨损", "D", "44", "420100", null, null, "ANYWHERE", List.of(), 10);
    }

    @Test
    void anOlderOrRepeatedVersionChangesNothing() throws Exception {
        try (Catalog catalog = new Catalog(MatchWeights.defaults())) {
            UUID id = UUID.randomUUID();
            assertTrue(catalog.putStudio(studio(id, "ACCREDITED", "锅炉防磨防爆"), 3));
            assertFalse(catalog.putStudio(studio(id, "REVOKED", "锅炉防磨防爆"), 2));
            assertFalse(catalog.putStudio(studio(id, "REVOKED", "锅炉防磨防爆"), 3));
            catalog.refresh();
            assertEquals("ACCREDITED", catalog.studio(id).doc().status());
            assertEquals(id, catalog.engine().match(need(), s -> 0).get(0).studioId());
        }
    }

    @Test
    void aRevokedStudioLeavesTheIndexAndAnInactiveLinkTheGraph() throws Exception {
        try (Catalog catalog = new Catalog(MatchWeights.defaults())) {
            UUID id = UUID.randomUUID();
            catalog.putStudio(studio(id, "ACCREDITED", "锅炉防磨防爆"), 1);
            catalog.refresh();
            assertEquals(List.of(id), catalog.engine().match(need(), s -> 0).stream().map(RankedStudio::studioId).toList());
            catalog.putStudio(studio(id, "REVOKED", "锅炉防磨防爆"), 2);
            catalog.refresh();
            assertNull(catalog.studio(id));
            assertTrue(catalog.engine().match(need(), s -> 0).isEmpty());

            UUID link = UUID.randomUUID();
            UUID other = UUID.randomUUID();
            catalog.putLink(new SupplyGraph.Link(link, ENTERPRISE, other, "耐磨合金板"), true, 1);
            assertEquals(1, catalog.engine().graph().within(other, 2).size());
            catalog.putLink(new SupplyGraph.Link(link, ENTERPRISE, other, "耐磨合金板"), false, 2);
            assertTrue(catalog.engine().graph().within(other, 2).isEmpty());
        }
    }

    @Test
    void chineseTextIsSegmentedIntoWords() {
        List<String> terms = new ChineseText().terms("锅炉“四管”磨损严重，需要防磨防爆在线监测");
        assertTrue(terms.contains("锅炉"), terms.toString());
        assertTrue(terms.contains("磨损"), terms.toString());
        assertFalse(terms.contains("需要"), "stop word kept: " + terms);
    }
}
