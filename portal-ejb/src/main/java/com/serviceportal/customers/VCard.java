package com.serviceportal.customers;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A contact as an electronic business card (vCard 4.0, RFC 6350): text values escaped, lines
 * folded at 75 octets and ended by CRLF.
 */
final class VCard {

    private final StringBuilder card = new StringBuilder();

    private VCard() {}

    static String of(Contact c) {
        VCard v = new VCard();
        v.line("BEGIN:VCARD");
        v.line("VERSION:4.0");
        v.line("N:" + escape(c.getLastName()) + ";" + escape(c.getFirstName()) + ";;;");
        v.line("FN:" + escape(c.getFullName()));
        if (c.getTitle() != null) {
            v.line("TITLE:" + escape(c.getTitle()));
        }
        Customer customer = c.getCustomer();
        v.line(
                customer.isSite()
                        ? "ORG:" + escape(customer.getParent().getName()) + ";" + escape(customer.getName())
                        : "ORG:" + escape(customer.getName()));
        v.line("EMAIL;TYPE=work;PREF=1:" + escape(c.getEmail()));
        c.getAliases().forEach(alias -> v.line("EMAIL;TYPE=work:" + escape(alias.getEmail())));
        if (c.getPhone() != null) {
            v.line("TEL;VALUE=uri;TYPE=\"work,voice\":tel:" + c.getPhone().replace(" ", "-"));
        }
        if (c.getMobile() != null) {
            v.line("TEL;VALUE=uri;TYPE=\"cell,voice\":tel:" + c.getMobile().replace(" ", "-"));
        }
        if (c.getAddress().getCity() != null
                || c.getAddress().getLine1() != null
                || c.getAddress().getCountryCode() != null) {
            String street = c.getAddress().getLine2() == null
                    ? escape(c.getAddress().getLine1())
                    : escape(c.getAddress().getLine1()) + "\\n"
                            + escape(c.getAddress().getLine2());
            v.line("ADR;TYPE=work:;;" + street + ";" + escape(c.getAddress().getCity()) + ";"
                    + escape(c.getAddress().getStateRegion()) + ";"
                    + escape(c.getAddress().getPostcode()) + ";"
                    + escape(Countries.nameOf(c.getAddress().getCountryCode(), Locale.ENGLISH)));
        }
        if (c.getTimeZone() != null) {
            v.line("TZ:" + escape(c.getTimeZone()));
        }
        if (c.getNotes() != null) {
            v.line("NOTE:" + escape(c.getNotes()));
        }
        v.line("END:VCARD");
        return v.card.toString();
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\\", "\\\\")
                .replace(",", "\\,")
                .replace(";", "\\;")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    /** Appends a content line folded so that no line exceeds 75 octets of UTF-8. */
    private void line(String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                card.append("\r\n ");
                octets = 1;
            }
            card.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        card.append("\r\n");
    }
}
