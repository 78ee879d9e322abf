package com.serviceportal.customers;

import ezvcard.Ezvcard;
import ezvcard.VCardVersion;
import ezvcard.parameter.AddressType;
import ezvcard.parameter.EmailType;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Email;
import ezvcard.property.Organization;
import ezvcard.property.StructuredName;
import ezvcard.property.Timezone;
import java.util.Locale;

/**
 * A contact as an electronic business card (vCard 4.0, RFC 6350), written by ez-vcard. The contact's
 * title is an honorific (Dr, Ms), so it is the name's prefix, not the vCard's TITLE (a job title).
 */
final class VCard {

    private VCard() {}

    static String of(Contact c) {
        ezvcard.VCard card = new ezvcard.VCard();
        StructuredName name = new StructuredName();
        name.setFamily(c.getLastName());
        name.setGiven(c.getFirstName());
        if (c.getTitle() != null) {
            name.getPrefixes().add(c.getTitle());
        }
        card.setStructuredName(name);
        card.setFormattedName(c.getFullName());

        Customer customer = c.getCustomer();
        Organization organization = new Organization();
        if (customer.isSite()) {
            organization.getValues().add(customer.getParent().getName());
        }
        organization.getValues().add(customer.getName());
        card.setOrganization(organization);

        Email email = card.addEmail(c.getEmail(), EmailType.WORK);
        email.setPref(1);
        c.getAliases().forEach(alias -> card.addEmail(alias.getEmail(), EmailType.WORK));
        if (c.getPhone() != null) {
            card.addTelephoneNumber(c.getPhone(), TelephoneType.WORK, TelephoneType.VOICE);
        }
        if (c.getMobile() != null) {
            card.addTelephoneNumber(c.getMobile(), TelephoneType.CELL, TelephoneType.VOICE);
        }
        Address address = c.getAddress();
        if (address.getCity() != null || address.getLine1() != null || address.getCountryCode() != null) {
            ezvcard.property.Address adr = new ezvcard.property.Address();
            if (address.getLine1() != null) {
                adr.getStreetAddresses().add(address.getLine1());
            }
            if (address.getLine2() != null) {
                adr.getStreetAddresses().add(address.getLine2());
            }
            adr.setLocality(address.getCity());
            adr.setRegion(address.getStateRegion());
            adr.setPostalCode(address.getPostcode());
            adr.setCountry(Countries.nameOf(address.getCountryCode(), Locale.ENGLISH));
            adr.getTypes().add(AddressType.WORK);
            card.addAddress(adr);
        }
        if (c.getTimeZone() != null) {
            card.setTimezone(new Timezone(c.getTimeZone()));
        }
        if (c.getNotes() != null) {
            card.addNote(c.getNotes());
        }
        return Ezvcard.write(card).version(VCardVersion.V4_0).prodId(false).go();
    }
}
