package com.serviceportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class ContentDispositionTest {

    @Test
    void plainNameIsSentAsItIs() {
        assertEquals(
                "attachment; filename=\"report.pdf\"; filename*=UTF-8''report.pdf",
                ContentDisposition.attachment("report.pdf"));
    }

    @Test
    void lettersOutsideAsciiArePercentEncodedAsUtf8() {
        assertEquals(
                "attachment; filename=\"m_tv_rden 1.xlsx\"; filename*=UTF-8''m%C3%A4tv%C3%A4rden%201.xlsx",
                ContentDisposition.attachment("mätvärden 1.xlsx"));
    }

    @Test
    void nothingInTheNameCanEndTheHeaderOrAddAParameter() {
        String header = ContentDisposition.attachment("a\"; filename=evil.html\r\nX-Injected: 1");
        assertFalse(header.contains("\r") || header.contains("\n"), header);
        assertEquals(
                "attachment; filename=\"a_; filename=evil.html__X-Injected: 1\";"
                        + " filename*=UTF-8''a%22%3B%20filename%3Devil.html%0D%0AX-Injected%3A%201",
                header);
    }
}
