package org.alliance.application.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.alliance.application.domain.application.PatentNumber;
import org.junit.jupiter.api.Test;

/** The CNIPA check digit on numbers whose digit is published with them. */
class PatentNumberTest {

    @Test
    void checkDigitsOfPublishedNumbers() {
        assertEquals('3', PatentNumber.checkDigitOf("201710601862"));
        assertEquals('X', PatentNumber.checkDigitOf("95115608"));
        assertEquals('4', PatentNumber.checkDigitOf("97101765"));
    }

    @Test
    void readsTheWrittenFormsAndKnowsInventions() {
        PatentNumber spaced = PatentNumber.parse("ZL 2017 1 0601862.3").orElseThrow();
        assertTrue(spaced.checkDigitHolds());
        assertTrue(spaced.isInvention());
        assertEquals("ZL201710601862.3", spaced.toString());
        assertEquals(spaced, PatentNumber.parse("201710601862.3").orElseThrow());
        assertFalse(PatentNumber.parse("ZL201710601862.4").orElseThrow().checkDigitHolds());
        String utility = "201720601862";
        assertFalse(PatentNumber.parse("ZL" + utility + "." + PatentNumber.checkDigitOf(utility)).orElseThrow().isInvention());
        assertTrue(PatentNumber.parse("ZL95115608.X").orElseThrow().isInvention());
        assertTrue(PatentNumber.parse("ZL2017106018623").isEmpty());
        assertTrue(PatentNumber.parse("CN201710601862.3").isEmpty());
    }
}
