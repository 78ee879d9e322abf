package com.serviceportal.security;

/** One person as the directory describes them, through the attribute mapping. */
record DirectoryEntry(
        String dn, String username, String firstName, String lastName, String email, String phone, String customer) {

    String displayName() {
        return (firstName + " " + lastName).strip();
    }

    /** The portal needs a username, both names, an e-mail address and a customer. */
    boolean complete() {
        return present(username) && present(firstName) && present(lastName) && present(email) && present(customer);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
