package com.serviceportal.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class VCardTest {

    @Test
    void textValuesAreEscaped() {
        assertEquals(
                "Lind\\, Anna\\; Purchasing\\nStockholm \\\\ HQ",
                VCard.escape("Lind, Anna; Purchasing\nStockholm \\ HQ"));
    }

    @Test
    void longLinesAreFoldedAt75OctetsWithoutSplittingACharacter() {
        Contact contact = new Contact(new Customer("C1", "Nordic Foods AB", null), "Åsa", "Lind", "asa@example.com");
        ContactForm form = ContactForm.blank();
        form.setFirstName("Åsa");
        form.setLastName("Lind");
        form.setEmail("asa@example.com");
        form.setNotes("Ö".repeat(100));
        contact.describe(form, contact.getCustomer(), null);
        String card = VCard.of(contact);
        for (String line : card.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
        String unfolded = card.replace("\r\n ", "");
        assertTrue(unfolded.contains("NOTE:" + "Ö".repeat(100) + "\r\n"), unfolded);
    }
}
