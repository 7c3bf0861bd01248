package org.alliance.registry.repository;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.alliance.testing.AllianceTestResource;
import org.junit.jupiter.api.Test;

/**
 * List statements are planned for their values on every call: the pool never keeps them prepared
 * (a statement it keeps shows in the connection's pg_prepared_statements), while other statements
 * stay prepared.
 */
@QuarkusTest
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "registry_test"))
class ListStatementPlanningTest {

    private static final String LIST = NativePage.PLANNED_PER_CALL + "SELECT count(*) FROM studio WHERE region_code BETWEEN $1 AND $2";
    private static final String OTHER = "SELECT count(*) FROM studio WHERE region_code BETWEEN $1 AND $2";

    @Inject
    Pool pool;

    @Test
    void listStatementsAreNotKeptPreparedAndOthersAre() {
        List<String> prepared = pool.withConnection(c -> c.preparedQuery(LIST).execute(Tuple.of("340000", "349999"))
                .chain(() -> c.preparedQuery(LIST).execute(Tuple.of("150000", "159999")))
                .chain(() -> c.preparedQuery(OTHER).execute(Tuple.of("340000", "349999")))
                .chain(() -> c.query("SELECT statement FROM pg_prepared_statements").execute()))
                .map(rows -> {
                    List<String> statements = new ArrayList<>();
                    for (Row r : rows) {
                        statements.add(r.getString(0));
                    }
                    return statements;
                })
                .await().indefinitely();
        assertThat(prepared, hasItem(OTHER));
        assertThat(prepared, not(hasItem(LIST)));
    }
}
