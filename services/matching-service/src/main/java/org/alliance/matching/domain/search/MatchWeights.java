package org.alliance.matching.domain.search;

/**
 * The named features' weights and the engine's limits; the service reads them from configuration
 * ({@code alliance.matching.*}). A score is the sum of weight × value over the features, with load
 * subtracted.
 *
 * @param text            BM25 relevance, as a share of the best candidate's BM25 (0..1)
 * @param supplyChain     1 when the studio's enterprise is a direct supplier or customer of the need's
 * @param twoHopFactor    the supply-chain value two links away (a partner's partner)
 * @param industry        1 for the same GB/T 4754 division
 * @param sameSection     the industry value for the same section only
 * @param crossRegion     1 when the studio is in another province: the alliance's aim
 * @param tier            by tier, national demonstration 1.0 down to enterprise level 0.2
 * @param accreditation   1 when the studio is accredited (registered only: 0)
 * @param load            subtracted: open matches / (open matches + loadHalf)
 * @param loadHalf        the number of open matches at which the load value is 0.5
 * @param minTextShare    studios whose text value is below this are not proposed at all
 * @param candidates      how many BM25 candidates are re-ranked
 * @param chainCandidates how many more are drawn from the need's supply-chain partners
 * @param maxQueryTerms   the most distinct terms a need's text contributes to the query
 * @param maxDocShare     query terms found in more than this share of studios are left out
 */
public record MatchWeights(double text, double supplyChain, double twoHopFactor, double industry, double sameSection,
        double crossRegion, double tier, double accreditation, double load, double loadHalf, double minTextShare,
        int candidates, int chainCandidates, int maxQueryTerms, double maxDocShare) {

    public static MatchWeights defaults() {
        return new MatchWeights(1.0, 0.6, 0.5, 0.3, 0.5, 0.2, 0.15, 0.1, 0.3, 5, 0.15, 50, 30, 128, 0.05);
    }

    static double tierValue(String tier) {
        return switch (tier == null ? "" : tier) {
            case "NATIONAL_DEMONSTRATION" -> 1.0;
            case "PROVINCIAL_DEMONSTRATION" -> 0.8;
            case "MUNICIPAL" -> 0.6;
            case "DISTRICT_BUREAU_GROUP" -> 0.4;
            case "ENTERPRISE" -> 0.2;
            default -> 0.0;
        };
    }
}
