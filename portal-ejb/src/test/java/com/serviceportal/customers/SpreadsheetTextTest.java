package com.serviceportal.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+2", "+46 31 555", "-2+3", "@SUM(A1:A9)", "\t=cmd", "\r=cmd"})
    void aValueThatASpreadsheetWouldCalculateIsWrittenAsText(String value) {
        assertEquals("'" + value, SpreadsheetText.neutralised(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Anna Lind", "anna@nordicfoods.example", "46 31 555", "a=b", " =1"})
    void otherValuesStayAsTheyAre(String value) {
        assertEquals(value, SpreadsheetText.neutralised(value));
    }

    @Test
    void noValueIsAnEmptyCell() {
        assertEquals("", SpreadsheetText.neutralised(null));
        assertEquals("", SpreadsheetText.neutralised(""));
    }
}
