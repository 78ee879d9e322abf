package com.serviceportal.customers;

import com.serviceportal.jobs.contacts.ContactFieldRules;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A postal address, as a company, a site and a contact carry it. Each constraint's message is the
 * key of the problem the forms show, so a service names every problem of an address at once; in
 * braces, so the forms' own check of a field (Faces' Bean Validation) shows the same text beside it.
 */
@Embeddable
public class Address implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The order the problems are named in: the order of the form. */
    private static final List<String> FIELDS =
            List.of("line1", "line2", "postcode", "city", "stateRegion", "countryKnown");

    @Size(max = ContactFieldRules.ADDRESS_LINE, message = "{address.error.tooLong.line1}")
    @Column(name = "address_line1")
    private String line1;

    @Size(max = ContactFieldRules.ADDRESS_LINE, message = "{address.error.tooLong.line2}")
    @Column(name = "address_line2")
    private String line2;

    @Size(max = ContactFieldRules.CITY, message = "{address.error.tooLong.city}")
    @Column(name = "city")
    private String city;

    @Size(max = ContactFieldRules.STATE_REGION, message = "{address.error.tooLong.stateRegion}")
    @Column(name = "state_region")
    private String stateRegion;

    @Size(max = ContactFieldRules.POSTCODE, message = "{address.error.tooLong.postcode}")
    @Column(name = "postcode")
    private String postcode;

    /** ISO 3166 alpha-2, see {@link Countries}. */
    @Column(name = "country_code")
    private String countryCode;

    public Address() {}

    public Address(String line1, String line2, String postcode, String city, String stateRegion, String countryCode) {
        this.line1 = line1;
        this.line2 = line2;
        this.postcode = postcode;
        this.city = city;
        this.stateRegion = stateRegion;
        this.countryCode = countryCode;
    }

    /** The same address with blank parts left out and surrounding blanks removed. */
    public Address tidied() {
        return new Address(tidy(line1), tidy(line2), tidy(postcode), tidy(city), tidy(stateRegion), tidy(countryCode));
    }

    /** The message keys of the address's problems, in the order of the form; none for a valid one. */
    public List<String> problems(Validator validator) {
        return validator.validate(this).stream()
                .sorted((a, b) -> Integer.compare(position(a), position(b)))
                .map(violation -> violation.getMessageTemplate().replaceAll("[{}]", ""))
                .toList();
    }

    @AssertTrue(message = "{address.error.country}")
    public boolean isCountryKnown() {
        return countryCode == null || Countries.isKnown(countryCode);
    }

    public String getLine1() {
        return line1;
    }

    public void setLine1(String line1) {
        this.line1 = line1;
    }

    public String getLine2() {
        return line2;
    }

    public void setLine2(String line2) {
        this.line2 = line2;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getStateRegion() {
        return stateRegion;
    }

    public void setStateRegion(String stateRegion) {
        this.stateRegion = stateRegion;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Address a
                && Objects.equals(line1, a.line1)
                && Objects.equals(line2, a.line2)
                && Objects.equals(city, a.city)
                && Objects.equals(stateRegion, a.stateRegion)
                && Objects.equals(postcode, a.postcode)
                && Objects.equals(countryCode, a.countryCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(line1, line2, city, stateRegion, postcode, countryCode);
    }

    private static int position(ConstraintViolation<Address> violation) {
        return FIELDS.indexOf(violation.getPropertyPath().toString());
    }

    private static String tidy(String part) {
        return part == null || part.isBlank() ? null : part.strip();
    }
}
