package org.alliance.matching.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import org.alliance.matching.domain.search.MatchWeights;

/**
 * The matching engine's weights and limits, under {@code alliance.matching.engine}; see
 * {@link MatchWeights} for what each feature means. Defaults are the values the evaluation set was
 * checked with (README, "Quality").
 */
@ConfigMapping(prefix = "alliance.matching.engine")
public interface EngineConfig {

    Weights weights();

    /** How many studios a need is proposed to (new PROPOSED matches per scoring at most). */
    @WithDefault("10")
    int proposals();

    @WithDefault("50")
    int candidates();

    @WithName("chain-candidates")
    @WithDefault("30")
    int chainCandidates();

    @WithName("max-query-terms")
    @WithDefault("128")
    int maxQueryTerms();

    /** Query terms found in more than this share of all studios are left out (see MatchEngine#distinctive). */
    @WithName("max-doc-share")
    @WithDefault("0.05")
    double maxDocShare();

    @WithName("min-text-share")
    @WithDefault("0.15")
    double minTextShare();

    /** How many open needs one studio change re-scores at most (those sharing the most terms first). */
    @WithName("rescore-limit")
    @WithDefault("200")
    int rescoreLimit();

    interface Weights {
        @WithDefault("1.0")
        double text();

        @WithName("supply-chain")
        @WithDefault("0.6")
        double supplyChain();

        @WithName("two-hop-factor")
        @WithDefault("0.5")
        double twoHopFactor();

        @WithDefault("0.3")
        double industry();

        @WithName("same-section")
        @WithDefault("0.5")
        double sameSection();

        @WithName("cross-region")
        @WithDefault("0.2")
        double crossRegion();

        @WithDefault("0.15")
        double tier();

        @WithDefault("0.1")
        double accreditation();

        @WithDefault("0.3")
        double load();

        @WithName("load-half")
        @WithDefault("5")
        double loadHalf();
    }

    default MatchWeights toWeights() {
        Weights w = weights();
        return new MatchWeights(w.text(), w.supplyChain(), w.twoHopFactor(), w.industry(), w.sameSection(),
                w.crossRegion(), w.tier(), w.accreditation(), w.load(), w.loadHalf(), minTextShare(), candidates(),
                chainCandidates(), maxQueryTerms(), maxDocShare());
    }
}
