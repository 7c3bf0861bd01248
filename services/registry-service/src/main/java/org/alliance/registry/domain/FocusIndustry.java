package org.alliance.registry.domain;

/** The Beijing high-precision-and-cutting-edge (高精尖) focus industries, an overlay on GB/T 4754 codes. */
public enum FocusIndustry {
    AI, MEDICINE_HEALTH, NEW_ENERGY_SMART_VEHICLES, NEW_MATERIALS, TECHNOLOGY_SERVICES, NEXT_GENERATION_IT,
    INTEGRATED_CIRCUITS, SMART_EQUIPMENT, ENERGY_SAVING_ENVIRONMENT, SOFTWARE_INFORMATION_SERVICES
}
