package org.alliance.matching.domain.search;

import java.util.List;

/**
 * Why a studio was proposed: the need's terms found in its capabilities, what each named feature
 * contributed to the score, and the supply-chain path from the need's enterprise to the studio's
 * (empty when they are not within two links).
 */
public record Explanation(double score, double bm25, List<String> matchedTerms, List<Feature> features,
        Integer supplyChainHops, List<SupplyGraph.Step> supplyChainPath) {

    /** One feature: its value (0..1), its configured weight and value × weight (negative for load). */
    public record Feature(String name, double value, double weight, double contribution) {
    }
}
