package com.serviceportal.browser;

import static com.serviceportal.it.DemoData.ADMINISTRATOR;
import static com.serviceportal.it.DemoData.PASSWORD;
import static com.serviceportal.it.DemoData.SITE_CONTACT;
import static com.serviceportal.it.DemoData.TECHNICIAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.it.PortalEar;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A refused form, on the desk and in the portal alike: each error stands beside its field, the field
 * is marked invalid and described by the error, and the focus is on the first invalid field, so a
 * screen reader's user hears what to correct where they are.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class FieldErrorsBrowserIT {

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses();
    }

    @ArquillianResource
    private URL base;

    @Test
    public void aRefusedDeskContactShowsEachErrorBesideItsFieldAndFocusesTheFirst() {
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(TECHNICIAN, PASSWORD);
            new CaseListPage(browser);
            ContactPages.FormPage form = ContactPages.ListPage.open(browser)
                    .newContact()
                    .type("title", "Buyer")
                    .save();

            assertEquals("Please give the first name.", form.messageBeside("contact:tabs:firstName"));
            assertEquals(
                    new Page.FieldError(true, "Please give the first name.", true),
                    form.fieldError("contact:tabs:firstName"),
                    "the first invalid field is marked, described by its error and has the focus");
            assertEquals(
                    new Page.FieldError(true, "Please give the primary e-mail.", false),
                    form.fieldError("contact:tabs:email"));
            assertEquals(
                    new Page.FieldError(true, "Please choose the customer or site.", false),
                    form.fieldError("contact:tabs:customer_label"),
                    "a select menu is marked on the label that takes its focus");
            assertFalse(form.fieldError("contact:tabs:title").invalid(), "a field without error stays unmarked");
            assertEquals(java.util.List.of("The contact has problems."), form.errors(), "the summary says so once");
            browser.screenshot("field-errors-desk-contact");
        }
    }

    @Test
    public void aRefusedDeskContractMarksItsWidgetsToo() {
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(TECHNICIAN, PASSWORD);
            new CaseListPage(browser);
            ContractFormPage form = ContractFormPage.openNew(browser);
            form.type("Time-limited subscription");
            form.save();
            form = new ContractFormPage(browser);
            assertEquals("Please give the contract a reference.", form.messageBeside("contract:reference"));
            assertEquals(
                    new Page.FieldError(true, "Please give the contract a reference.", true),
                    form.fieldError("contract:reference"));
            assertEquals(
                    new Page.FieldError(true, "Please choose a service level.", false),
                    form.fieldError("contract:serviceLevel_label"));
            assertEquals(
                    new Page.FieldError(true, "Please give the hours included.", false),
                    form.fieldError("contract:includedHours_input"),
                    "a number field is marked on its input");
            browser.screenshot("field-errors-desk-contract");
        }
    }

    /** Faces' own text would be English and speak of a "conversion error" (TranslationTest names each). */
    @Test
    public void aDateThatIsNoDateIsRefusedBesideItInTheReadersLanguageAndStaysAsTyped() {
        try (Browser browser = Browser.open(base, "sv")) {
            SignInPage.open(browser).signIn(TECHNICIAN, PASSWORD);
            new CaseListPage(browser);
            ContractFormPage form = ContractFormPage.openNew(browser);
            form.typeOver("contract:start_input", "2026-13-45");
            form.save();
            form = new ContractFormPage(browser);

            String beside = form.messageBeside("contract:start");
            assertTrue(
                    beside.matches("Startdatum: ”2026-13-45” är inget datum; skriv det som \\d{4}-\\d{2}-\\d{2}\\."),
                    beside);
            assertEquals(
                    new Page.FieldError(true, beside, true),
                    form.fieldError("contract:start_input"),
                    "the only field Faces refused is marked and has the focus");
            assertEquals("2026-13-45", form.valueOf("contract:start_input"), "the field shows what was typed");
            browser.screenshot("field-errors-desk-contract-date-sv");
        }
    }

    @Test
    public void anInvoiceImportWithoutAFileSaysSoBesideTheFileField() {
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(TECHNICIAN, PASSWORD);
            new CaseListPage(browser);
            DeskInvoicesPage invoices =
                    DeskInvoicesPage.open(browser, "NF1000-GBG").importNothing();

            assertEquals("Choose a CSV file to import.", invoices.messageBeside("import:file"));
            assertEquals(
                    new Page.FieldError(true, "Choose a CSV file to import.", true),
                    invoices.fieldError(invoices.fileInputId()),
                    "an upload is marked on its file input, which takes the keyboard");
            browser.screenshot("field-errors-desk-invoice-import");
        }
    }

    /**
     * Sent, a file past the server's request limit would fail the page with the failure page. Its
     * name, one word of 200 characters, wraps inside a phone's width.
     */
    @Test
    public void anInvoiceFileOverTheLimitIsRefusedAsItIsChosenAndItsLongNameFitsAPhone() throws IOException {
        Path folder = Files.createTempDirectory("invoices");
        Path file = folder.resolve(("invoices-" + "0123456789".repeat(19)).substring(0, 196) + ".csv");
        try (Browser browser = Browser.open(base, "en")) {
            LargeFiles.twelveMegabytes(file);
            SignInPage.open(browser).signIn(TECHNICIAN, PASSWORD);
            new CaseListPage(browser);
            browser.resize(Browser.PHONE);
            DeskInvoicesPage invoices =
                    DeskInvoicesPage.open(browser, "NF1000-GBG").choose(file);

            String refused = "The file \"" + file.getFileName() + "\" is larger than 10 MB and was not uploaded.";
            assertEquals(200, file.getFileName().toString().length());
            assertEquals(refused, invoices.messageBeside("import:file"));
            assertEquals(
                    new Page.FieldError(true, refused, false),
                    invoices.fieldError(invoices.fileInputId()),
                    "the file input, which takes the keyboard, is marked and described by the refusal");
            assertEquals(List.of(), browser.outsideTheWindow(), "the refusal wraps at 390 px");
            browser.scrollTo(".invoice-import");
            browser.screenshot("field-errors-desk-invoice-too-large-phone");

            invoices = invoices.importNothing();
            assertEquals("Choose a CSV file to import.", invoices.messageBeside("import:file"), "no file was sent");
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(folder);
        }
    }

    /** Sent, a file past the server's request limit left the page for the failure page; the limit is the service's 5 MB. */
    @Test
    public void aFaultCodeFileOverTheLimitIsRefusedAsItIsChosen() throws IOException {
        Path file = Files.createTempFile("fault-codes", ".csv");
        try (Browser browser = Browser.open(base, "en")) {
            LargeFiles.twelveMegabytes(file);
            SignInPage.open(browser).signIn(ADMINISTRATOR, PASSWORD);
            new CaseListPage(browser);
            FaultCodesPage faultCodes = FaultCodesPage.open(browser);

            String refusal = faultCodes.refusedUpload("upload:file", file);
            assertEquals("The file \"" + file.getFileName() + "\" is larger than 5 MB and was not uploaded.", refusal);
            assertFalse(faultCodes.chosen().contains(file.getFileName().toString()), "no file was taken");
            browser.screenshot("field-errors-desk-fault-codes-too-large");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Sent, a contact file past the server's request limit would leave the import for the failure page. */
    @Test
    public void aContactFileOverTheLimitIsRefusedAsItIsChosen() throws IOException {
        Path file = Files.createTempFile("contacts", ".csv");
        try (Browser browser = Browser.open(base, "en")) {
            LargeFiles.twelveMegabytes(file);
            SignInPage.open(browser).signIn(ADMINISTRATOR, PASSWORD);
            new CaseListPage(browser);
            ContactImportPage contacts = ContactImportPage.open(browser);

            String refused = "The file \"" + file.getFileName() + "\" is larger than 10 MB and was not uploaded.";
            assertEquals(refused, contacts.refusedUpload("contactImport:file", file));
            assertEquals(
                    new Page.FieldError(true, refused, false),
                    contacts.fieldError("contactImport:file_input"),
                    "the file input is marked and described by the refusal");
            assertFalse(contacts.text().contains("2. Columns"), "no file was taken to map its columns");
            browser.screenshot("field-errors-desk-contact-import-too-large");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    public void aDirectoryAddressThatIsNoLdapAddressIsRefusedBesideIt() {
        String refused = "Not a directory address: it starts with ldap:// or ldaps:// and names the server,"
                + " e.g. ldaps://dc1.example.com:636. Nothing was saved.";
        try (Browser browser = Browser.open(base, "en")) {
            browser.go("desk/settings/directory.xhtml");
            new SignInPage(browser).signIn(ADMINISTRATOR, PASSWORD);
            DirectoryPage directory = new DirectoryPage(browser);
            directory.replaceText("directory:url", "dc1.example.com");
            directory.post("directory:save");
            directory = new DirectoryPage(browser);

            assertEquals(refused, directory.messageBeside("directory:url"));
            assertEquals(new Page.FieldError(true, refused, true), directory.fieldError("directory:url"));
            assertEquals("dc1.example.com", directory.valueOf("directory:url"), "the field shows what was typed");
            assertFalse(directory.fieldError("directory:bindDn").invalid(), "a field without error stays unmarked");
            browser.screenshot("field-errors-desk-directory");
        }
    }

    @Test
    public void aTitleOfOnlySpacesIsRefusedBesideItAsEmptyAndNothingIsUploaded() throws IOException {
        Path file = Files.createTempFile("blank-title", ".pdf");
        try (Browser browser = Browser.open(base, "en")) {
            Files.write(file, "%PDF-1.4 blank title".getBytes(StandardCharsets.US_ASCII));
            SignInPage.open(browser).signIn(TECHNICIAN, PASSWORD);
            new CaseListPage(browser);
            DeskDocumentsPage documents =
                    DeskDocumentsPage.open(browser, "NF1000-GBG").upload("NF1000-GBG", "   ", file);

            assertEquals("Title: please fill this in.", documents.messageBeside("upload:title"));
            assertEquals(
                    new Page.FieldError(true, "Title: please fill this in.", true),
                    documents.fieldError("upload:title"));
            assertFalse(documents.text().contains("has been uploaded"), documents.text());
            assertEquals("NF1000-GBG", documents.valueOf("upload:account"), "the account typed stays");
            browser.screenshot("field-errors-desk-document-blank-title");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Sent, a file past the server's request limit would fail the whole form with the failure page. */
    @Test
    public void aDocumentOverTheLimitIsRefusedAsItIsChosenAndTheFormKeepsWhatWasTyped() throws IOException {
        Path file = Files.createTempFile("service-manual", ".pdf");
        try (Browser browser = Browser.open(base, "en")) {
            LargeFiles.twelveMegabytes(file);
            SignInPage.open(browser).signIn(TECHNICIAN, PASSWORD);
            new CaseListPage(browser);
            DeskDocumentsPage documents =
                    DeskDocumentsPage.open(browser, "NF1000-GBG").fillIn("NF1000-GBG", "Freezer service manual", file);

            String refused = "The file \"" + file.getFileName() + "\" is larger than 10 MB and was not uploaded.";
            assertEquals(refused, documents.messageBeside("upload:file"));
            assertEquals(
                    new Page.FieldError(true, refused, false),
                    documents.fieldError(documents.fileInputId()),
                    "the file input, which takes the keyboard, is marked and described by the refusal");
            browser.screenshot("field-errors-desk-document-too-large");

            documents = documents.save();
            assertEquals("Choose a file to upload.", documents.messageBeside("upload:file"), "no file was sent");
            assertEquals("Freezer service manual", documents.valueOf("upload:title"), "the title typed stays");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    public void aRefusedPortalCaseShowsTheErrorBesideTheSummaryAndFocusesIt() {
        try (Browser browser = Browser.open(base, "en")) {
            browser.go("portal/cases/list.xhtml");
            new SignInPage(browser).signIn(SITE_CONTACT, PASSWORD);
            NewCasePage form = new CaseListPage(browser).raiseCase();
            form.save();

            String beside = form.messageBeside("newCase:summary");
            assertTrue(beside.contains("Summary"), beside);
            assertEquals(new Page.FieldError(true, beside, true), form.fieldError("newCase:summary"));
            browser.screenshot("field-errors-portal-new-case");
            browser.resize(Browser.PHONE);
            browser.screenshot("field-errors-portal-new-case-phone");
        }
    }
}
