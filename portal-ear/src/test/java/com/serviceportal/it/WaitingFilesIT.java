package com.serviceportal.it;

import static com.serviceportal.it.DemoData.COMPANY_CONTACT;
import static com.serviceportal.it.DemoData.OTHER_COMPANY_CONTACT;
import static com.serviceportal.it.DemoData.SITE_CONTACT;
import static com.serviceportal.it.DemoData.TECHNICIAN;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.serviceportal.cases.CaseService;
import com.serviceportal.cases.NewCase;
import com.serviceportal.cases.Severity;
import com.serviceportal.cases.files.CaseFileService;
import com.serviceportal.cases.files.EmptyFileException;
import com.serviceportal.cases.files.FileListing;
import com.serviceportal.cases.files.FileNotWaitingException;
import com.serviceportal.cases.files.FileTooLargeException;
import com.serviceportal.cases.files.WaitingFileListing;
import com.serviceportal.cases.files.WaitingFileService;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.security.Caller;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Files attached on the new-case form against the real server and database: they wait for the
 * account that uploaded them, move into the case when it is raised, stay waiting when the save is
 * refused, cannot be taken by another account, and are deleted when nobody saved them for a day.
 */
@ExtendWith(ArquillianExtension.class)
public class WaitingFilesIT {

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(WaitingFilesIT.class, DemoData.class);
    }

    @Inject
    private WaitingFileService waitingFiles;

    @Inject
    private CaseFileService caseFiles;

    @Inject
    private CaseService cases;

    @Inject
    private Caller caller;

    @Test
    public void raisingTheCaseMovesTheWaitingFilesIntoItsFiles() {
        signIn(COMPANY_CONTACT);
        WaitingFileListing photo = upload("../photos/broken-hinge.jpg", "Hinge photo");
        WaitingFileListing log = upload("door-log.txt", "Door log");
        assertEquals("broken-hinge.jpg", photo.name(), "only the name's last segment is kept");

        NewCase request = request("Freezer door hinge broken");
        request.setWaitingFileIds(List.of(photo.id(), log.id()));
        long caseId = raise(request);

        List<FileListing> files = caseFiles.list(caseId).files();
        assertEquals(
                List.of("broken-hinge.jpg", "door-log.txt"),
                files.stream().map(FileListing::name).toList());
        assertEquals("Anna Lind", files.get(0).uploadedBy());
        assertArrayEquals(
                "Hinge photo".getBytes(StandardCharsets.UTF_8),
                caseFiles.download(files.get(0).id()).content(),
                "the bytes come with the file");
        assertEquals(
                List.of(),
                cases.attachedFilesStillWaiting(List.of(photo.id(), log.id())),
                "moved, they no longer wait");
        assertEquals(0, count("SELECT COUNT(*) FROM waiting_file WHERE id IN (?, ?)", photo.id(), log.id()));
    }

    @Test
    public void aFileWaitingForAnotherAccountIsRefusedAndStaysWithItsOwner() {
        signIn(OTHER_COMPANY_CONTACT);
        WaitingFileListing marks = upload("hull-survey.pdf", "Survey");

        signIn(COMPANY_CONTACT);
        WaitingFileListing own = upload("compressor.jpg", "Compressor");
        assertEquals(List.of(own), cases.attachedFilesStillWaiting(List.of(own.id(), marks.id())), "only one's own");
        assertThrows(NotFoundException.class, () -> cases.removeAttachedFile(marks.id()));
        long casesBefore = count("SELECT COUNT(*) FROM service_case");

        NewCase request = request("Compressor noise");
        request.setWaitingFileIds(List.of(own.id(), marks.id()));
        FileNotWaitingException refused = assertThrows(FileNotWaitingException.class, () -> cases.raise(request));

        assertEquals("newCase.error.fileNotWaiting", refused.getMessageKey());
        assertEquals(casesBefore, count("SELECT COUNT(*) FROM service_case"), "no case was raised");
        assertEquals(List.of(own), cases.attachedFilesStillWaiting(List.of(own.id())), "the caller's file still waits");
        signIn(OTHER_COMPANY_CONTACT);
        assertEquals(
                List.of(marks), cases.attachedFilesStillWaiting(List.of(marks.id())), "and the other's stays its own");
        cases.removeAttachedFile(marks.id());
        signIn(COMPANY_CONTACT);
        cases.removeAttachedFile(own.id());
    }

    @Test
    public void aRefusedSaveKeepsTheFileWaitingForTheNextSave() {
        signIn(SITE_CONTACT);
        WaitingFileListing photo = upload("label-printer.jpg", "Printer");

        NewCase withoutSummary = request("   ");
        withoutSummary.setWaitingFileIds(List.of(photo.id()));
        assertThrows(Exception.class, () -> cases.raise(withoutSummary));
        assertEquals(List.of(photo), cases.attachedFilesStillWaiting(List.of(photo.id())));

        withoutSummary.setSummary("Label printer smudges");
        long caseId = raise(withoutSummary);
        assertEquals(
                List.of("label-printer.jpg"),
                caseFiles.list(caseId).files().stream().map(FileListing::name).toList());

        NewCase again = request("The same photo twice");
        again.setWaitingFileIds(List.of(photo.id()));
        assertThrows(FileNotWaitingException.class, () -> cases.raise(again), "a file moves into one case only");
    }

    @Test
    public void theDeskAttachesFilesToACaseItRaisesForACustomer() {
        signIn(TECHNICIAN);
        WaitingFileListing notes = upload("call-notes.txt", "Customer called at 08:10");
        NewCase request = request("Chiller alarm reported by phone");
        request.setCustomerId(DemoData.customerId("Nordic Foods Göteborg plant"));
        request.setContactId(cases.choicesForNewCase(request.getCustomerId(), null).getContacts().stream()
                .filter(c -> c.getLabel().equals("Maria Holm"))
                .findFirst()
                .orElseThrow()
                .getId());
        request.setWaitingFileIds(List.of(notes.id()));

        List<FileListing> files = caseFiles.list(raise(request)).files();
        assertEquals(
                List.of("call-notes.txt"), files.stream().map(FileListing::name).toList());
        assertEquals("Tom Technician", files.get(0).uploadedBy());
    }

    @Test
    public void emptyAndTooLargeFilesAreRefusedWithNothingStored() {
        signIn(COMPANY_CONTACT);
        long before = count("SELECT COUNT(*) FROM waiting_file");
        EmptyFileException empty = assertThrows(
                EmptyFileException.class,
                () -> cases.attachFile("empty.txt", "text/plain", new ByteArrayInputStream(new byte[0])));
        assertEquals("empty.txt", empty.getArguments()[0]);
        assertThrows(
                FileTooLargeException.class,
                () -> cases.attachFile(
                        "video.mp4",
                        "video/mp4",
                        new ByteArrayInputStream(new byte[(int) CaseFileService.MAX_FILE_BYTES + 1])));
        assertEquals(before, count("SELECT COUNT(*) FROM waiting_file"));
    }

    @Test
    public void filesNobodySavedForADayAreDeleted() {
        signIn(COMPANY_CONTACT);
        WaitingFileListing forgotten = upload("forgotten.jpg", "Old");
        WaitingFileListing recent = upload("recent.jpg", "New");
        execute(
                "UPDATE waiting_file SET uploaded_at = ? WHERE id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofHours(25))),
                forgotten.id());

        waitingFiles.deleteForgotten(Instant.now());

        assertEquals(List.of(recent), cases.attachedFilesStillWaiting(List.of(forgotten.id(), recent.id())));
        cases.removeAttachedFile(recent.id());
    }

    private WaitingFileListing upload(String name, String text) {
        return cases.attachFile(name, "text/plain", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private long raise(NewCase request) {
        return cases.getByNumber(cases.raise(request).getNumber()).getId();
    }

    private void signIn(String username) {
        caller.signIn(DemoData.accountId(username));
    }

    private static NewCase request(String summary) {
        NewCase request = new NewCase();
        request.setSummary(summary);
        request.setSeverity(Severity.LOW);
        return request;
    }

    private static long count(String sql, Object... parameters) {
        try (Connection connection = DemoData.database().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void execute(String sql, Object... parameters) {
        try (Connection connection = DemoData.database().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
