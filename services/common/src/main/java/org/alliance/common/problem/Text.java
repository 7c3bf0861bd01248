package org.alliance.common.problem;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What the services accept as text: valid UTF-8, no control characters (line breaks and tabs only
 * in request bodies, where a capability summary may have paragraphs), no unpaired surrogates.
 * PostgreSQL refuses NUL outright and would store an unpaired surrogate as "?": both are
 * refused here, before anything reaches the database.
 */
public final class Text {

    private Text() {
    }

    /** Why {@code value} is not acceptable text, if it is not. */
    public static Optional<String> problem(String value, boolean lineBreaksAllowed) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Optional.of("contains an unpaired surrogate");
            }
            if (Character.isLowSurrogate(c)) {
                return Optional.of("contains an unpaired surrogate");
            }
            if (Character.isISOControl(c) && !(lineBreaksAllowed && (c == '\t' || c == '\n' || c == '\r'))) {
                return Optional.of(c == 0 ? "contains a NUL character" : String.format("contains the control character U+%04X", (int) c));
            }
        }
        return Optional.empty();
    }

    /**
     * Decodes URL text ({@code %XX} escapes; {@code +} as a space in a query) strictly as UTF-8.
     * The HTTP layer hands over the request line's bytes as ISO-8859-1 characters, so a raw
     * non-ASCII byte is one character here and becomes that byte again.
     */
    public static Optional<String> decodeUrl(String raw, boolean query) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length()
                    && Character.digit(raw.charAt(i + 1), 16) >= 0 && Character.digit(raw.charAt(i + 2), 16) >= 0) {
                bytes.write(Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16));
                i += 2;
            } else if (query && c == '+') {
                bytes.write(' ');
            } else if (c <= 0xFF) {
                bytes.write(c);
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return utf8(bytes.toByteArray());
    }

    /** The text of {@code bytes} when they are valid UTF-8. */
    public static Optional<String> utf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
