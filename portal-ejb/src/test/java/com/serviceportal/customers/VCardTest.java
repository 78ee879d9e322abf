package com.serviceportal.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import java.util.List;
import org.junit.jupiter.api.Test;

class VCardTest {

    private static Contact contact(String title, String notes) {
        Customer company = new Customer("C1", "Nordic Foods AB", null);
        Contact contact = new Contact(company, "Åsa", "Lind", "asa@example.com");
        ContactForm form = ContactForm.blank();
        form.setTitle(title);
        form.setFirstName("Åsa");
        form.setLastName("Lind, Berg");
        form.setEmail("asa@example.com");
        form.setPhone("+46 31 123 45");
        form.setNotes(notes);
        contact.describe(form, company, null, null, null);
        return contact;
    }

    /** The card as a vCard reader (Outlook, a phone) takes it in. */
    private static VCard read(Contact contact) {
        String card = com.serviceportal.customers.VCard.of(contact);
        assertTrue(card.startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n"), card);
        return Ezvcard.parse(card).first();
    }

    @Test
    void theHonorificIsTheNamesPrefixNotAJobTitle() {
        VCard card = read(contact("Dr", null));
        assertEquals(List.of("Dr"), card.getStructuredName().getPrefixes());
        assertEquals("Lind, Berg", card.getStructuredName().getFamily(), "a comma in a name survives");
        assertEquals("Åsa", card.getStructuredName().getGiven());
        assertTrue(card.getTitles().isEmpty(), "no TITLE: the contact has no job title");
        assertEquals(List.of("Nordic Foods AB"), card.getOrganization().getValues());
        assertEquals("asa@example.com", card.getEmails().get(0).getValue());
        assertEquals(1, card.getEmails().get(0).getPref());
        assertEquals("+46 31 123 45", card.getTelephoneNumbers().get(0).getText());
    }

    @Test
    void withoutATitleTheNameHasNoPrefix() {
        assertTrue(read(contact(null, null)).getStructuredName().getPrefixes().isEmpty());
        assertNull(read(contact(null, null)).getNotes().stream().findFirst().orElse(null));
    }

    @Test
    void longNotesAreFoldedAndComeBackWhole() {
        String notes = "Ö".repeat(100) + "\nSecond line; with, punctuation \\ too";
        String card = com.serviceportal.customers.VCard.of(contact(null, notes));
        assertTrue(card.lines().allMatch(line -> line.length() <= 75), card);
        assertEquals(notes, Ezvcard.parse(card).first().getNotes().get(0).getValue());
    }
}
