package org.alliance.registry.config;

import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.spi.PgDriver;
import io.vertx.sqlclient.Pool;
import jakarta.inject.Singleton;
import java.util.function.Predicate;
import org.alliance.registry.repository.NativePage;

/**
 * The registry's connection pool as Quarkus configures it, except that list statements are not kept
 * prepared. Every service caches its statements per connection (parsed and planned once); after five
 * executions PostgreSQL may give a cached statement a generic plan, made without the parameters'
 * values. A list's best plan depends on them (how many studios a union's region or a word covers),
 * so list statements, marked {@link NativePage#PLANNED_PER_CALL}, go unnamed and are planned anew for
 * every call; all other statements stay cached.
 */
@Singleton
public class ListStatementPlanning implements PgPoolCreator {

    @Override
    public Pool create(Input input) {
        for (PgConnectOptions options : input.pgConnectOptionsList()) {
            Predicate<String> cached = options.getPreparedStatementCacheSqlFilter();
            options.setPreparedStatementCacheSqlFilter(sql -> cached.test(sql) && !sql.startsWith(NativePage.PLANNED_PER_CALL));
        }
        return PgDriver.INSTANCE.createPool(input.vertx(), input.pgConnectOptionsList(), input.poolOptions());
    }
}
