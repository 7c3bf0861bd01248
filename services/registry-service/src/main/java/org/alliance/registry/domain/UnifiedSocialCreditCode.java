package org.alliance.registry.domain;

import java.util.Optional;

/**
 * The 18-character unified social credit code (统一社会信用代码, GB 32100-2015): registration
 * authority, entity type, six-digit GB/T 2260 region of registration, the nine-character
 * organisation code (GB 11714, with its own check character) and a final check character.
 */
public final class UnifiedSocialCreditCode {

    /** The 31 characters the code uses: digits and upper-case letters without I, O, S, V, Z. */
    public static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private UnifiedSocialCreditCode() {
    }

    /** Why {@code code} is not a valid code, or empty when it is. */
    public static Optional<String> problem(String code) {
        if (code == null || code.length() != 18) {
            return Optional.of("must be 18 characters");
        }
        for (int i = 0; i < 18; i++) {
            if (CHARSET.indexOf(code.charAt(i)) < 0) {
                return Optional.of("character " + (i + 1) + " '" + code.charAt(i) + "' is not allowed (digits and "
                        + "upper-case letters except I, O, S, V, Z)");
            }
        }
        if (!code.substring(2, 8).chars().allMatch(Character::isDigit)) {
            return Optional.of("characters 3 to 8 must be the six-digit region code");
        }
        char organisationCheck = organisationCheckCharacter(code.substring(8, 16));
        if (code.charAt(16) != organisationCheck) {
            return Optional.of("the organisation code " + code.substring(8, 17) + " fails its GB 11714 check (expected "
                    + organisationCheck + " as character 17)");
        }
        char check = checkCharacter(code.substring(0, 17));
        if (code.charAt(17) != check) {
            return Optional.of("the check character should be " + check);
        }
        return Optional.empty();
    }

    public static boolean isValid(String code) {
        return problem(code).isEmpty();
    }

    /** The GB 32100 check character of the first 17 characters: 31 - (weighted sum mod 31), 31 becoming 0. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARSET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return CHARSET.charAt((31 - sum % 31) % 31);
    }

    /**
     * The GB 11714 check character of an organisation code's eight-character body: digits count as
     * themselves and letters A to Z as 10 to 35; 11 - (weighted sum mod 11), where 10 is X and 11 is 0.
     */
    public static char organisationCheckCharacter(String body8) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = body8.charAt(i);
            int value = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            sum += value * ORGANISATION_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }
}
