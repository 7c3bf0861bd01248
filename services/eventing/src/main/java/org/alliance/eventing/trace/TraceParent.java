package org.alliance.eventing.trace;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A W3C Trace Context {@code traceparent} (version 00): trace id, parent span id, flags. The library
 * keeps the trace id of whatever caused an event and gives each hop its own span id, so one trace
 * follows a change from the REST call through every service it reaches.
 */
public record TraceParent(String traceId, String spanId, String flags) {

    private static final Pattern FORMAT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");
    private static final String INVALID_TRACE = "0".repeat(32);
    private static final String INVALID_SPAN = "0".repeat(16);
    private static final SecureRandom RANDOM = new SecureRandom();

    public static Optional<TraceParent> parse(String header) {
        if (header == null) {
            return Optional.empty();
        }
        var m = FORMAT.matcher(header.trim());
        if (!m.matches() || m.group(1).equals(INVALID_TRACE) || m.group(2).equals(INVALID_SPAN)) {
            return Optional.empty();
        }
        return Optional.of(new TraceParent(m.group(1), m.group(2), m.group(3)));
    }

    /** A new trace, for work that no traced request or event started. */
    public static TraceParent newTrace() {
        return new TraceParent(hex(16), hex(8), "01");
    }

    /** The same trace, one hop further. */
    public TraceParent child() {
        return new TraceParent(traceId, hex(8), flags);
    }

    @Override
    public String toString() {
        return "00-" + traceId + "-" + spanId + "-" + flags;
    }

    private static String hex(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
