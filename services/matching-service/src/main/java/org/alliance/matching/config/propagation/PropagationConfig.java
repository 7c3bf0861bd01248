package org.alliance.matching.config.propagation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** How far outcomes spread, under {@code alliance.matching.propagation}. */
@ConfigMapping(prefix = "alliance.matching.propagation")
public interface PropagationConfig {

    /** k: how many supply links an outcome may travel from the originating studio's enterprise. */
    @WithDefault("2")
    int hops();

    /**
     * How many terms an outcome's title and keywords must share with a studio's capabilities or open
     * needs for a supply-chain copy to be delivered (alliance copies need none).
     */
    @WithName("min-shared-terms")
    @WithDefault("1")
    int minSharedTerms();
}
