package com.serviceportal.knowledge;

import com.serviceportal.customers.Address;
import com.serviceportal.customers.Contact;
import com.serviceportal.customers.Customer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The customer's name and data as a case's texts may mention them: the company's and the site's
 * names and addresses, and the names, e-mail addresses and phone numbers of the contacts on the case.
 * Copying a case into an article puts a placeholder in their place, so a customer's identity passes
 * into an article only when the technician types it back. Names match whole words, whatever their
 * case; a phone number matches whatever separators or leading zero or country code it is written with.
 */
final class CustomerMentions {

    /** A phone number is matched by its last digits (the part without area or country code). */
    private static final int PHONE_DIGITS = 7;

    private static final int SHORTEST_WORD = 2;

    /** A company's legal form at the end of its name, which people leave out when they write it. */
    private static final Pattern LEGAL_FORM = Pattern.compile(
            "(?i)[\\s,]+(AB|HB|KB|Ltd\\.?|Limited|Inc\\.?|LLC|plc|Oy|Oyj|AS|ASA|A/S|ApS|GmbH|AG|BV|NV|SA|Srl)$");

    private final List<Pattern> patterns = new ArrayList<>();
    private final String placeholder;
    private int replaced;

    private CustomerMentions(Collection<String> words, Collection<String> phones, String placeholder) {
        this.placeholder = placeholder;
        words.stream()
                .map(String::strip)
                .filter(w -> w.length() >= SHORTEST_WORD)
                .distinct()
                // the longest first, so "Anna Berg" goes whole before "Anna" alone
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(w -> Pattern.compile(
                        "(?<![\\p{L}\\p{N}])" + Pattern.quote(w) + "(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .forEach(patterns::add);
        phones.stream()
                .map(CustomerMentions::phonePattern)
                .filter(p -> p != null)
                .forEach(patterns::add);
    }

    /** The mentions of the case's customer (and its company, for a site) and of the given contacts. */
    static CustomerMentions of(
            Customer customer, Collection<Contact> contacts, Set<String> otherNames, String placeholder) {
        Set<String> words = new LinkedHashSet<>(otherNames);
        Set<String> phones = new LinkedHashSet<>();
        for (Customer c = customer; c != null; c = c.getParent()) {
            words.add(c.getName());
            words.add(LEGAL_FORM.matcher(c.getName()).replaceFirst(""));
            addAddress(words, c.getAddress());
        }
        for (Contact contact : contacts) {
            words.add(contact.getFullName());
            words.add(contact.getFirstName());
            words.add(contact.getLastName());
            words.add(contact.getEmail());
            addAddress(words, contact.getAddress());
            phones.add(contact.getPhone());
            phones.add(contact.getMobile());
            phones.add(contact.getSmsNumber());
        }
        words.remove(null);
        phones.remove(null);
        return new CustomerMentions(words, phones, placeholder);
    }

    /** The text with every mention replaced by the placeholder; {@code null} stays {@code null}. */
    String removeFrom(String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (Pattern pattern : patterns) {
            Matcher matcher = pattern.matcher(result);
            StringBuilder out = new StringBuilder();
            while (matcher.find()) {
                replaced++;
                matcher.appendReplacement(out, Matcher.quoteReplacement(placeholder));
            }
            matcher.appendTail(out);
            result = out.toString();
        }
        return result;
    }

    /** How many mentions were replaced so far. */
    int replaced() {
        return replaced;
    }

    private static void addAddress(Set<String> words, Address address) {
        if (address == null) {
            return;
        }
        words.add(address.getLine1());
        words.add(address.getLine2());
        words.add(address.getPostcode());
        words.add(address.getCity());
    }

    /** Any writing of the number's last digits, with what may stand before them (+46, 0, area code). */
    private static Pattern phonePattern(String phone) {
        String digits = phone.replaceAll("\\D", "");
        if (digits.length() < 5) {
            return null;
        }
        String last = digits.substring(Math.max(0, digits.length() - PHONE_DIGITS));
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}+])(?:[+(0-9][0-9()\\-. ]{0,8}?)?");
        for (int i = 0; i < last.length(); i++) {
            regex.append(i == 0 ? "" : "[\\-. ()]*").append(last.charAt(i));
        }
        return Pattern.compile(regex.append("(?!\\d)").toString());
    }
}
