package org.alliance.matching.config;

import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import org.alliance.matching.domain.search.Catalog;

/** The service's one in-memory catalog, with the configured weights. */
public class CatalogProducer {

    @Produces
    @Singleton
    Catalog catalog(EngineConfig config) {
        return new Catalog(config.toWeights());
    }

    void close(@Disposes Catalog catalog) throws IOException {
        catalog.close();
    }
}
