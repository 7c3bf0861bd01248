package org.alliance.registry.api;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The file name of a Content-Disposition header (RFC 6266): {@code filename*=UTF-8''...} wins over {@code filename="..."}. */
final class ContentDisposition {

    private static final Pattern EXTENDED = Pattern.compile("filename\\*\\s*=\\s*(?i:UTF-8)'[^']*'([^;\\s]+)");
    private static final Pattern PLAIN = Pattern.compile("filename\\s*=\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^;\\s]+))");

    private ContentDisposition() {
    }

    static String fileName(String header) {
        if (header == null) {
            return null;
        }
        Matcher extended = EXTENDED.matcher(header);
        if (extended.find()) {
            return URLDecoder.decode(extended.group(1).replace("+", "%2B"), StandardCharsets.UTF_8);
        }
        Matcher plain = PLAIN.matcher(header);
        if (plain.find()) {
            return plain.group(1) != null ? plain.group(1).replaceAll("\\\\(.)", "$1") : plain.group(2);
        }
        return null;
    }
}
