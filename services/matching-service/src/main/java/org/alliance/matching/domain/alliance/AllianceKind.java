package org.alliance.matching.domain.alliance;

/**
 * The three shapes of alliance the unions describe: across regions; along the supply chain, studios
 * of upstream and downstream enterprises (上下游); and professionally related studios inside one
 * enterprise.
 */
public enum AllianceKind { CROSS_REGION, SUPPLY_CHAIN, INTRA_ENTERPRISE }
