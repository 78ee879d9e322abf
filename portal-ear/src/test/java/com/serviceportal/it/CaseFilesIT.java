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
import com.serviceportal.cases.files.FileListing;
import com.serviceportal.cases.files.FileTooLargeException;
import com.serviceportal.cases.files.FolderListing;
import com.serviceportal.cases.files.FolderNameException;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.security.Caller;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Files on a case against the real server and database: the 10 MB limit to the byte, file names
 * that try to be paths, folders, and who may list, upload and download.
 */
@ExtendWith(ArquillianExtension.class)
public class CaseFilesIT {

    private static final int TEN_MB = 10 * 1024 * 1024;

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(CaseFilesIT.class, DemoData.class);
    }

    @Inject
    private CaseFileService files;

    @Inject
    private CaseService cases;

    @Inject
    private Caller caller;

    @Test
    public void fileOfExactlyTenMegabytesIsKeptAndOneByteMoreIsRefusedWithNothingStored() {
        long caseId = newCase(SITE_CONTACT, "Camera footage of the conveyor stop");
        byte[] tenMegabytes = randomBytes(TEN_MB);

        long kept = files.upload(caseId, null, "conveyor.mp4", "video/mp4", new ByteArrayInputStream(tenMegabytes));
        FileTooLargeException refused = assertThrows(
                FileTooLargeException.class,
                () -> files.upload(
                        caseId,
                        null,
                        "conveyor-long.mp4",
                        "video/mp4",
                        new ByteArrayInputStream(new byte[TEN_MB + 1])));

        assertEquals("caseFiles.tooLarge", refused.getMessageKey());
        assertEquals("conveyor-long.mp4", refused.getArguments()[0]);
        List<FileListing> listed = files.list(caseId).files();
        assertEquals(
                List.of("conveyor.mp4"), listed.stream().map(FileListing::name).toList());
        assertEquals(TEN_MB, listed.get(0).size());
        assertEquals("Sven Berg", listed.get(0).uploadedBy());
        assertEquals(1, rowsOfCase("SELECT COUNT(*) FROM case_file WHERE case_id = ?", caseId));
        assertEquals(
                1,
                rowsOfCase(
                        "SELECT COUNT(*) FROM case_file_content c JOIN case_file f ON f.id = c.file_id"
                                + " WHERE f.case_id = ?",
                        caseId));
        assertArrayEquals(tenMegabytes, files.download(kept).content(), "the bytes come back as they went in");
    }

    @Test
    public void namesThatLookLikePathsAreStoredAsPlainNames() {
        long caseId = newCase(SITE_CONTACT, "Logs from the label printer");
        long unix = upload(caseId, null, "../../etc/passwd");
        long windows = upload(caseId, null, "C:\\x\\y.txt");
        long hidden = upload(caseId, null, "log\u0000\r\n\u202Etxt.exe");
        long nameless = upload(caseId, null, "   ");

        assertEquals("passwd", files.download(unix).name());
        assertEquals("y.txt", files.download(windows).name());
        assertEquals("logtxt.exe", files.download(hidden).name());
        assertEquals("file", files.download(nameless).name());
        assertEquals(
                List.of("file", "logtxt.exe", "passwd", "y.txt"),
                files.list(caseId).files().stream().map(FileListing::name).toList());
    }

    @Test
    public void filesGoIntoFoldersAndFoldersIntoFolders() {
        long caseId = newCase(COMPANY_CONTACT, "Freezer alarm history");
        long photos = files.newFolder(caseId, null, "Photos");
        long before = files.newFolder(caseId, photos, "Before repair");
        files.newFolder(caseId, null, "Invoices");
        long inFolder = upload(caseId, before, "door-seal.jpg");
        long atTop = upload(caseId, null, "alarm-log.csv");

        assertThrows(FolderNameException.class, () -> files.newFolder(caseId, null, " photos "));
        assertThrows(FolderNameException.class, () -> files.newFolder(caseId, null, "  "));
        assertThrows(FolderNameException.class, () -> files.newFolder(caseId, null, "a/b"));

        var listing = files.list(caseId);
        assertEquals(
                List.of("Invoices", "Photos", "Photos / Before repair"),
                listing.folders().stream().map(FolderListing::path).toList());
        FileListing seal = listing.files().stream()
                .filter(f -> f.id() == inFolder)
                .findFirst()
                .orElseThrow();
        assertEquals(before, seal.folderId());
        FileListing log = listing.files().stream()
                .filter(f -> f.id() == atTop)
                .findFirst()
                .orElseThrow();
        assertEquals(null, log.folderId());

        long otherCase = newCase(COMPANY_CONTACT, "Another case");
        assertThrows(NotFoundException.class, () -> upload(otherCase, photos, "misplaced.txt"));
        assertThrows(NotFoundException.class, () -> files.newFolder(otherCase, photos, "Inside a stranger"));
    }

    @Test
    public void contactOfAnotherCompanyCanNeitherListNorDownloadNorUpload() {
        long caseId = newCase(SITE_CONTACT, "Service report for the chiller");
        long folder = files.newFolder(caseId, null, "Reports");
        long report = upload(caseId, folder, "chiller-report.pdf");

        signIn(OTHER_COMPANY_CONTACT);
        assertThrows(NotFoundException.class, () -> files.list(caseId));
        assertThrows(NotFoundException.class, () -> files.download(report));
        assertThrows(NotFoundException.class, () -> upload(caseId, null, "intruder.txt"));
        assertThrows(NotFoundException.class, () -> files.newFolder(caseId, null, "Intruder"));
        assertThrows(NotFoundException.class, () -> files.download(Long.MAX_VALUE));

        signIn(COMPANY_CONTACT);
        assertEquals("chiller-report.pdf", files.download(report).name(), "the site's company sees its files");
        signIn(TECHNICIAN);
        assertEquals(1, files.list(caseId).files().size(), "the desk sees every case's files");
        assertEquals(1, rowsOfCase("SELECT COUNT(*) FROM case_file WHERE case_id = ?", caseId));
    }

    @Test
    public void siteContactDoesNotReachTheFilesOfAnotherSite() {
        signIn(COMPANY_CONTACT);
        NewCase request = request("Malmö dock door");
        request.setCustomerId(DemoData.customerId("Nordic Foods Malmö warehouse"));
        long caseId = cases.getByNumber(cases.raise(request).getNumber()).getId();
        long file = upload(caseId, null, "door.jpg");

        signIn(SITE_CONTACT);
        assertThrows(NotFoundException.class, () -> files.list(caseId));
        assertThrows(NotFoundException.class, () -> files.download(file));
    }

    private long newCase(String username, String summary) {
        signIn(username);
        return cases.getByNumber(cases.raise(request(summary)).getNumber()).getId();
    }

    private long upload(long caseId, Long folderId, String name) {
        return files.upload(
                caseId,
                folderId,
                name,
                "text/plain",
                new ByteArrayInputStream(("Contents of " + name).getBytes(StandardCharsets.UTF_8)));
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

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(42).nextBytes(bytes);
        return bytes;
    }

    private static long rowsOfCase(String sql, long caseId) {
        try (Connection connection = DemoData.database().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, caseId);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
