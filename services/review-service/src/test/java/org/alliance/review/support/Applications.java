package org.alliance.review.support;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.UUID;
import org.alliance.testing.EventFeed;

/** The application service's events as its relay publishes them: what opens and moves review cases; each answers the event id. */
public final class Applications {

    public static final String TOPIC = "alliance.application.application";

    private Applications() {
    }

    public static void topic() {
        EventFeed.topic(TOPIC, false);
    }

    /** A submitted project boost of {@code studio} in {@code regionCode}. */
    public static ObjectNode project(UUID application, UUID call, UUID studio, String regionCode, String title) {
        ObjectNode a = EventFeed.example("application.submitted.v1");
        a.put("applicationId", application.toString()).put("callId", call.toString()).put("regionCode", regionCode)
                .put("studioId", studio.toString()).put("submittedAt", Instant.now().toString());
        ((ObjectNode) a.path("project")).put("title", title);
        return a;
    }

    /** A submitted patent boost that names no studio. */
    public static ObjectNode patent(UUID application, UUID call, String regionCode, String title) {
        ObjectNode a = EventFeed.example("application.submitted.v1");
        a.put("applicationId", application.toString()).put("callId", call.toString()).put("kind", "PATENT_BOOST")
                .put("regionCode", regionCode).putNull("studioId").putNull("project").put("submittedAt", Instant.now().toString());
        a.putObject("patent").put("number", "ZL201710601862.3").put("title", title).put("grantedOn", "2025-06-18")
                .put("inventorName", "张伟").put("memberCard", "110105199001011234").put("frontline", true)
                .put("useInProduction", "用于转向架检修线");
        return a;
    }

    public static String submitted(ObjectNode application) {
        return EventFeed.send(TOPIC, "application.submitted.v1", "application-service", application.path("applicationId").asText(),
                application);
    }

    /** An application of any kind as {@code application.submitted.v2} (outstanding achievements travel only so). */
    public static String submittedV2(ObjectNode application) {
        return EventFeed.send(TOPIC, "application.submitted.v2", "application-service", application.path("applicationId").asText(),
                application);
    }

    /** The same form amended: {@code version} must grow. */
    public static String amended(ObjectNode application, long version) {
        ObjectNode a = application.deepCopy();
        a.remove("submittedAt");
        a.put("version", version).put("amendedAt", Instant.now().toString());
        return EventFeed.send(TOPIC, "application.amended.v1", "application-service", a.path("applicationId").asText(), a);
    }

    public static String withdrawn(ObjectNode application) {
        ObjectNode w = EventFeed.example("application.withdrawn.v1");
        w.put("applicationId", application.path("applicationId").asText()).put("callId", application.path("callId").asText())
                .put("kind", application.path("kind").asText()).put("regionCode", application.path("regionCode").asText())
                .set("studioId", application.path("studioId"));
        w.put("withdrawnAt", Instant.now().toString());
        return EventFeed.send(TOPIC, "application.withdrawn.v1", "application-service", application.path("applicationId").asText(), w);
    }
}
