package org.alliance.application.domain.application;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CNIPA patent number (专利号): ZL, the application number, a dot and its check digit. The
 * application number has 12 digits since 2003 (year, kind, seven-digit serial: 2017 1 0601862) and
 * 8 before (two-digit year, kind, five-digit serial). The check digit is the sum of the digits
 * weighted 2, 3, ..., 9 and again from 2, modulo 11, with 10 written X: 201710601862 gives 3,
 * 95115608 gives X. The kind digit is 1 for an invention (发明), 8 for a PCT invention application
 * entering China; 2, 3 and 9 are utility models and designs.
 */
public record PatentNumber(String applicationNumber, char checkDigit) {

    private static final Pattern FORM = Pattern.compile("(?:ZL)?(\\d{8}|\\d{12})\\.([0-9X])");

    /** Reads {@code ZL201710601862.3}, {@code ZL 2017 1 0601862.3} or {@code 201710601862.3}; empty if not that form. */
    public static Optional<PatentNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(text.replace(" ", "").replace("\u00b7", ".").toUpperCase());
        return m.matches() ? Optional.of(new PatentNumber(m.group(1), m.group(2).charAt(0))) : Optional.empty();
    }

    public static char checkDigitOf(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += (digits.charAt(i) - '0') * (2 + i % 8);
        }
        int check = sum % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }

    public boolean checkDigitHolds() {
        return checkDigitOf(applicationNumber) == checkDigit;
    }

    /** The kind digit: 1 (invention), 2 (utility model), 3 (design), 8 and 9 (PCT). */
    public char kind() {
        return applicationNumber.length() == 12 ? applicationNumber.charAt(4) : applicationNumber.charAt(2);
    }

    public boolean isInvention() {
        return kind() == '1' || kind() == '8';
    }

    /** The canonical form the database keeps, so one patent written two ways is still one patent. */
    @Override
    public String toString() {
        return "ZL" + applicationNumber + "." + checkDigit;
    }
}
