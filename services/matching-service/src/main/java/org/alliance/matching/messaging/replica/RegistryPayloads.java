package org.alliance.matching.messaging.replica;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import org.alliance.events.registry.EnterpriseState;
import org.alliance.events.registry.StudioState;
import org.alliance.events.registry.SupplyLinkState;
import org.alliance.matching.domain.search.StudioDoc;
import org.alliance.matching.domain.search.SupplyGraph;
import org.alliance.matching.repository.replica.ReplicaSql;

/**
 * Turns the registry's states (the data of its events) into the replica's upsert parameters and the
 * engine's records. Parameters are in the order of the {@link ReplicaSql} statements.
 */
public final class RegistryPayloads {

    /** Reads what a newer producer may add within a version; writes a state as its event carries it. */
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private RegistryPayloads() {
    }

    /** A state read straight from a registry topic's record value. */
    public static <T> T read(byte[] value, Class<T> state) throws IOException {
        return JSON.readValue(value, state);
    }

    public static Object[] enterpriseRow(EnterpriseState d) {
        return new Object[] {d.enterpriseId().toString(), d.name(), d.ownership(), d.industrySection(),
                d.industryDivision(), d.regionCode(), d.version(), d.updatedAt().toString()};
    }

    public static Object[] linkRow(SupplyLinkState d) {
        return new Object[] {d.linkId().toString(), d.upstreamEnterpriseId().toString(),
                d.downstreamEnterpriseId().toString(), d.product(), d.active(), d.version(), d.updatedAt().toString()};
    }

    public static Object[] studioRow(StudioState d) {
        StudioState.Contact contact = d.contact();
        return new Object[] {d.studioId().toString(), d.name(), d.enterpriseId().toString(), d.enterpriseName(),
                d.regionCode(), d.industrySection(), d.industryDivision(), d.tier(), d.status(),
                d.capabilities().summary(), json(d.capabilities().keywords()), contact.person(), contact.phone(),
                contact.email(), json(d), d.version(), d.updatedAt().toString()};
    }

    public static StudioDoc studio(StudioState d) {
        return new StudioDoc(d.studioId(), d.name(), d.enterpriseId(), d.enterpriseName(), d.regionCode(),
                d.industrySection(), d.industryDivision(), d.tier(), d.status(), d.capabilities().summary(),
                d.capabilities().keywords());
    }

    public static SupplyGraph.Link link(SupplyLinkState d) {
        return new SupplyGraph.Link(d.linkId(), d.upstreamEnterpriseId(), d.downstreamEnterpriseId(), d.product());
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a registry state", e);
        }
    }
}
