package com.serviceportal.jobs.contacts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The line managers of one chunk: a row's manager is a contact of the chunk (by username, as written)
 * or a contact's account the chunk's lookup found, and is written with the row's own insert or update.
 * What cannot be written that way is written after the chunk's contacts: a manager new in the chunk
 * but inserted after the row (a circle of managers) is linked by primary key, and a manager not in yet
 * (its row comes in a later chunk, or never) is noted for the job's last step.
 */
final class LineManagers {

    private record Link(long contactId, long managerId) {}

    private record Note(long contactId, int line, String manager) {}

    private final Existing existing;
    private final Map<String, Long> chunkContacts = new HashMap<>();
    private final Set<Long> notInserted = new HashSet<>();
    private final List<Link> links = new ArrayList<>();
    private final List<Note> notes = new ArrayList<>();

    LineManagers(Existing existing) {
        this.existing = existing;
    }

    /** The chunk's new contacts, by their rows' usernames, before any is inserted. */
    void addNew(List<ContactRow> rows, List<Long> contacts) {
        addContacts(rows, contacts);
        notInserted.addAll(contacts);
    }

    /** The chunk's contacts the rows update, by their rows' usernames. */
    void addContacts(List<ContactRow> rows, List<Long> contacts) {
        for (int i = 0; i < rows.size(); i++) {
            chunkContacts.put(rows.get(i).username(), contacts.get(i));
        }
    }

    /** The manager to insert a new contact with; {@code null} when none or when it is written later. */
    Long onInsert(ContactRow row, long contactId) {
        Long manager = manager(row, contactId);
        if (manager != null && notInserted.contains(manager)) {
            links.add(new Link(contactId, manager));
            manager = null;
        }
        notInserted.remove(contactId);
        return manager;
    }

    /** The manager to update a contact with (every new contact of the chunk is in by then). */
    Long onUpdate(ContactRow row, long contactId) {
        return manager(row, contactId);
    }

    private Long manager(ContactRow row, long contactId) {
        String username = row.value(ContactField.LINE_MANAGER);
        if (username == null) {
            return null;
        }
        Long manager = chunkContacts.get(username);
        if (manager == null) {
            manager = existing.managerContact(username);
        }
        if (manager == null) {
            notes.add(new Note(contactId, row.line(), username));
        }
        return manager;
    }

    /** Writes the links and notes left after the chunk's contacts are in. */
    void writeLater(Connection connection, long importId) throws SQLException {
        if (!links.isEmpty()) {
            try (PreparedStatement link = connection.prepareStatement(
                    "UPDATE contact SET line_manager_id = ?, version = version + 1 WHERE id = ?")) {
                for (Link each : links) {
                    link.setLong(1, each.managerId());
                    link.setLong(2, each.contactId());
                    link.addBatch();
                }
                link.executeBatch();
            }
        }
        if (!notes.isEmpty()) {
            try (PreparedStatement note = connection.prepareStatement("INSERT INTO contact_import_manager"
                    + " (import_id, contact_id, line_no, manager_username) VALUES (?, ?, ?, ?)")) {
                for (Note each : notes) {
                    note.setLong(1, importId);
                    note.setLong(2, each.contactId());
                    note.setInt(3, each.line());
                    note.setString(4, each.manager());
                    note.addBatch();
                }
                note.executeBatch();
            }
        }
    }
}
