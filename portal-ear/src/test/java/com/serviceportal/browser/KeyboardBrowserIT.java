package com.serviceportal.browser;

import static com.serviceportal.it.DemoData.COMPANY_CONTACT;
import static com.serviceportal.it.DemoData.PASSWORD;
import static com.serviceportal.it.DemoData.TECHNICIAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.it.PortalEar;
import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The portal and the desk with the keyboard alone, on a phone's width (where the menu folds behind its
 * button, as it does at 400 % zoom): the skip link comes first, the folded menu opens with Enter, Tab
 * reaches every item and a group's items once Enter opened it, Escape closes it and gives the focus back
 * to the button; a confirmation asked before deleting closes with Escape and gives the focus back to the
 * button that asked.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class KeyboardBrowserIT {

    private static final String SKIP_LINK = "a.skip-link";
    private static final String MENU_BUTTON = "header .menu-toggle";

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses();
    }

    @ArquillianResource
    private URL base;

    @Test
    public void theDeskMenuOnAPhoneIsUsedWithTabEnterAndEscape() {
        try (Browser browser = Browser.open(base, "en")) {
            browser.resize(Browser.PHONE);
            browser.go("desk/cases/queue.xhtml");
            new SignInPage(browser).signIn(TECHNICIAN, PASSWORD);
            new CaseListPage(browser);
            Keyboard keys = new Keyboard(browser);

            assertEquals(1, keys.tabTo(SKIP_LINK, 1), "the skip link is the first stop of Tab");
            assertTrue(keys.inView(keys.focused()), "the skip link shows once it has the focus");
            browser.screenshot("keyboard-skip-link-phone");

            keys.tabTo(MENU_BUTTON, 3);
            TopMenu menu = new TopMenu(browser);
            assertFalse(menu.barShown(), "the menu waits behind its button");
            keys.press(Keys.ENTER);
            assertTrue(menu.barShown(), "Enter on the button opens the menu");
            assertEquals("true", keys.focused().getAttribute("aria-expanded"));

            assertEquals(1, keys.tabTo("[id='nav:caseMenu'] > a", 1), "Tab goes from the button into the menu");
            assertEquals("false", keys.focused().getAttribute("aria-expanded"));
            keys.press(Keys.ENTER);
            assertEquals("true", keys.focused().getAttribute("aria-expanded"), "Enter opens the group");
            assertTrue(menu.itemShown("queue") && menu.itemShown("newCase"));
            assertEquals(2, keys.tabTo("[id='nav:newCase']", 2), "Tab walks into the group's items");
            browser.screenshot("keyboard-desk-menu-group-phone");

            // past the group's last item, the knowledge base
            keys.tabTo("[id='nav:customerMenu'] > a", 2);
            keys.press(" ");
            assertTrue(menu.itemShown("contacts"), "Space opens a group as well");
            keys.tabTo("[id='nav:contacts']", 1);

            keys.press(Keys.ESCAPE);
            keys.waitForFocusOn(MENU_BUTTON);
            assertFalse(menu.barShown(), "Escape closes the menu");
            assertEquals("false", keys.focused().getAttribute("aria-expanded"));
            browser.screenshot("keyboard-desk-menu-closed-phone");

            keys.press(Keys.ENTER).tabTo("[id='nav:caseMenu'] > a", 1);
            assertFalse(menu.itemShown("newCase"), "the menu opens again with its groups closed");
            keys.press(Keys.ENTER).tabTo("[id='nav:newCase']", 2);
            assertEquals("Raise a case for a customer", keys.follow().heading(), "Enter follows the item");
        }
    }

    @Test
    public void theSkipLinkAndThePortalMenuOnAPhoneWork() {
        try (Browser browser = Browser.open(base, "en")) {
            browser.resize(Browser.PHONE);
            browser.go("portal/cases/list.xhtml");
            new SignInPage(browser).signIn(COMPANY_CONTACT, PASSWORD);
            new CaseListPage(browser);
            Keyboard keys = new Keyboard(browser);

            keys.tabTo(SKIP_LINK, 1);
            keys.press(Keys.ENTER);
            keys.waitForFocusOn("main#content");
            keys.tab();
            assertFalse(
                    keys.focused().findElements(By.xpath("ancestor::header")).size() > 0,
                    "after the skip link, Tab goes on in the page, not in the top bar: "
                            + Keyboard.describe(keys.focused()));

            browser.go("portal/cases/list.xhtml");
            keys = new Keyboard(browser);
            keys.tabTo(MENU_BUTTON, 4);
            keys.press(Keys.ENTER);
            keys.tabTo("[id='nav:contracts']", 8);
            browser.screenshot("keyboard-portal-menu-phone");
            assertEquals("Your contracts", keys.follow().heading());
        }
    }

    @Test
    public void aConfirmationClosesWithEscapeAndGivesTheFocusBack() {
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(TECHNICIAN, PASSWORD);
            new CaseListPage(browser);
            ContactPages.FormPage contact = ContactPages.ListPage.open(browser).open("Anna Lind");
            Keyboard keys = new Keyboard(browser);
            By dialog = By.cssSelector(".ui-confirm-dialog");

            browser.driver().findElement(By.id("contact:delete")).sendKeys(Keys.ENTER);
            Waits.upTo(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> d.findElement(dialog).isDisplayed());
            browser.screenshot("keyboard-confirm-open");
            keys.press(Keys.ESCAPE);
            Waits.upTo(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> !d.findElement(dialog).isDisplayed());
            keys.waitForFocusOn("[id='contact:delete']");
            assertFalse(contact.showsDeleted(), "Escape deletes nothing");
            browser.screenshot("keyboard-confirm-closed");
        }
    }
}
