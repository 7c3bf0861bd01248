package org.alliance.registry.domain.roster;

import java.util.Optional;
import org.alliance.registry.domain.UnifiedSocialCreditCode;

/** The registry's unified-social-credit-code check (GB 32100, GB 11714), worded for a union's roster. */
final class CreditCodeCheck {

    private CreditCodeCheck() {
    }

    /** Upper case without spaces: how clerks' variants ("91150200 7014...", lower case) are meant. */
    static String normalise(String raw) {
        return raw.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
    }

    static Optional<String> problem(String code) {
        if (code.length() != 18) {
            return Optional.of("应为18位，实为" + code.length() + "位");
        }
        for (int i = 0; i < 18; i++) {
            if (UnifiedSocialCreditCode.CHARSET.indexOf(code.charAt(i)) < 0) {
                return Optional.of("第" + (i + 1) + "位“" + code.charAt(i) + "”不是允许的字符（数字或除I、O、S、V、Z以外的大写字母）");
            }
        }
        if (!code.substring(2, 8).chars().allMatch(Character::isDigit)) {
            return Optional.of("第3至8位应为六位行政区划代码");
        }
        char organisation = UnifiedSocialCreditCode.organisationCheckCharacter(code.substring(8, 16));
        if (code.charAt(16) != organisation) {
            return Optional.of("组织机构代码校验位错误：第17位应为" + organisation);
        }
        char check = UnifiedSocialCreditCode.checkCharacter(code.substring(0, 17));
        if (code.charAt(17) != check) {
            return Optional.of("校验码错误：第18位应为" + check);
        }
        return Optional.empty();
    }
}
