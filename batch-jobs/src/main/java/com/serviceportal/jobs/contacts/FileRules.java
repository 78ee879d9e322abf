package com.serviceportal.jobs.contacts;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rules that look at the whole file: a username or an e-mail address may appear on one row only
 * (later rows repeating it are rejected), and the usernames the file brings, where a line manager may
 * be found. Built once per file, so the job applies them chunk by chunk the same way as the preview.
 */
public final class FileRules {

    private final Map<String, Integer> usernameLines = new HashMap<>();
    private final Map<String, Integer> emailLines = new HashMap<>();

    public FileRules(List<ContactRow> rows) {
        for (ContactRow row : rows) {
            if (row.username() != null) {
                usernameLines.putIfAbsent(key(row.username()), row.line());
            }
            if (row.value(ContactField.EMAIL) != null) {
                emailLines.putIfAbsent(key(row.value(ContactField.EMAIL)), row.line());
            }
        }
    }

    /** Adds the row's problems against the rest of the file and returns it. */
    public ContactRow check(ContactRow row) {
        String username = row.username();
        if (username != null) {
            int first = usernameLines.get(key(username));
            if (first != row.line()) {
                row.reject(new Problem(Problem.USERNAME_IN_FILE, ContactField.USERNAME, Integer.toString(first)));
            }
        }
        String email = row.value(ContactField.EMAIL);
        if (email != null) {
            int first = emailLines.get(key(email));
            if (first != row.line()) {
                row.reject(new Problem(Problem.EMAIL_IN_FILE, ContactField.EMAIL, Integer.toString(first)));
            }
        }
        return row;
    }

    /** The usernames rows of the file bring, lower case. */
    public Set<String> usernames() {
        return usernameLines.keySet();
    }

    public boolean bringsUsername(String username) {
        return usernameLines.containsKey(key(username));
    }

    static String key(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
