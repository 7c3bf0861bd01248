package org.alliance.registry.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UnifiedSocialCreditCodeTest {

    @Test
    void acceptsPublishedCodes() {
        // Huawei Technologies Co., Ltd. (Shenzhen) and the code GB 32100's explanatory material uses as its example
        assertEquals(java.util.Optional.empty(), UnifiedSocialCreditCode.problem("914403001922038216"));
        assertTrue(UnifiedSocialCreditCode.isValid("91350100M000100Y43"));
    }

    @Test
    void computesBothCheckCharacters() {
        assertEquals('1', UnifiedSocialCreditCode.organisationCheckCharacter("19220382"));
        assertEquals('4', UnifiedSocialCreditCode.organisationCheckCharacter("M000100Y"));
        assertEquals('6', UnifiedSocialCreditCode.checkCharacter("91440300192203821"));
        assertEquals('3', UnifiedSocialCreditCode.checkCharacter("91350100M000100Y4"));
        // the organisation check is X for remainder 1 and 0 for remainder 0
        assertEquals('X', UnifiedSocialCreditCode.organisationCheckCharacter("00000006"));
        assertEquals('0', UnifiedSocialCreditCode.organisationCheckCharacter("00000000"));
    }

    @Test
    void computedCodesForTheSeedRegionsValidate() {
        for (String region : new String[] {"150200", "340600", "110000", "420000"}) {
            String first17 = "91" + region + "MA0" + "1B2C3" + UnifiedSocialCreditCode.organisationCheckCharacter("MA01B2C3");
            String code = first17 + UnifiedSocialCreditCode.checkCharacter(first17);
            assertTrue(UnifiedSocialCreditCode.isValid(code), code);
        }
    }

    @Test
    void namesWhatIsWrong() {
        assertEquals("must be 18 characters", UnifiedSocialCreditCode.problem("91440300192203821").orElseThrow());
        assertTrue(UnifiedSocialCreditCode.problem("91440300192203821I").orElseThrow().contains("'I' is not allowed"));
        assertTrue(UnifiedSocialCreditCode.problem("9144030019220382A6").orElseThrow().contains("GB 11714"));
        assertEquals("the check character should be 6", UnifiedSocialCreditCode.problem("914403001922038217").orElseThrow());
        assertTrue(UnifiedSocialCreditCode.problem("91ABCDEF1922038216").orElseThrow().contains("region code"));
        assertFalse(UnifiedSocialCreditCode.isValid(null));
    }
}
