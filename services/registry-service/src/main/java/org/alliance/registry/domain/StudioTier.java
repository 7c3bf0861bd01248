package org.alliance.registry.domain;

/** A studio's level (级别), highest first. */
public enum StudioTier {
    /** 全国示范性 */
    NATIONAL_DEMONSTRATION,
    /** 省级/市级示范性 */
    PROVINCIAL_DEMONSTRATION,
    /** 市级 */
    MUNICIPAL,
    /** 区、局、集团(公司)级 */
    DISTRICT_BUREAU_GROUP,
    /** 企业级 */
    ENTERPRISE
}
