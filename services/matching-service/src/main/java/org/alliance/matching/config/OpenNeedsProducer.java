package org.alliance.matching.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.alliance.matching.domain.search.OpenNeeds;

public class OpenNeedsProducer {

    @Produces
    @Singleton
    OpenNeeds openNeeds() {
        return new OpenNeeds();
    }
}
