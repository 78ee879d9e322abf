package com.serviceportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.OperationType;
import java.net.InetAddress;
import java.net.URL;
import java.util.EnumSet;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Directory login against an in-memory LDAP server that this JVM starts on {@code it.ldap.port}
 * before the portal is pointed at it. Searching needs the service account, as on a real directory.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class DirectoryLoginIT {

    private static final String BASE = "dc=example,dc=com";
    private static final String PEOPLE = "ou=people," + BASE;
    private static final String BIND_DN = "cn=portal,ou=services," + BASE;
    private static final String BIND_PASSWORD = "bind secret of the portal";

    private static InMemoryDirectoryServer ldap;

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(DirectoryLoginITDriver.class, DemoData.class);
    }

    @ArquillianResource
    private URL base;

    @BeforeAll
    static void startDirectory() throws Exception {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig(
                "ldap", InetAddress.getLoopbackAddress(), Integer.getInteger("it.ldap.port", 20389), null));
        config.setAuthenticationRequiredOperationTypes(EnumSet.of(OperationType.SEARCH));
        ldap = new InMemoryDirectoryServer(config);
        ldap.add("dn: " + BASE, "objectClass: top", "objectClass: domain", "dc: example");
        ldap.add("dn: ou=services," + BASE, "objectClass: top", "objectClass: organizationalUnit", "ou: services");
        ldap.add("dn: " + PEOPLE, "objectClass: top", "objectClass: organizationalUnit", "ou: people");
        ldap.add(
                "dn: " + BIND_DN,
                "objectClass: top",
                "objectClass: person",
                "cn: portal",
                "sn: portal",
                "userPassword: " + BIND_PASSWORD);
        ldap.startListening();
    }

    @AfterAll
    static void stopDirectory() {
        ldap.shutDown(true);
    }

    @BeforeEach
    void pointThePortalAtTheDirectory() {
        configure("ldap://127.0.0.1:" + Integer.getInteger("it.ldap.port", 20389), PEOPLE);
    }

    @AfterEach
    void forgetTheDirectory() {
        configure("", "");
    }

    @Test
    public void whileTheDirectoryIsDownItsUsersAreToldTheirPasswordCouldNotBeCheckedNotThatItIsWrong()
            throws Exception {
        String greta = person("Greta", "Grå", "Nordic Foods AB", "greta's secret");
        assertTrue(WebSignIn.landing(base, greta, "greta's secret").endsWith("/portal/cases/list.xhtml"));

        ldap.shutDown(true);
        try {
            WebSignIn.Answer answer = WebSignIn.signIn(base, greta, "greta's secret");
            assertTrue(
                    answer.couldNotCheck(),
                    "told the password could not be checked, not that it is wrong: " + answer.path());
            assertTrue(
                    WebSignIn.signIn(base, DemoData.TECHNICIAN, "not tom's password")
                            .couldNotCheck(),
                    "a portal login refused hears the same, so the answer tells no portal login from the directory's");
            assertTrue(
                    WebSignIn.signIn(base, "nobody-" + UUID.randomUUID(), "any").couldNotCheck(),
                    "nor from a name nobody has");
            assertTrue(
                    WebSignIn.landing(base, DemoData.TECHNICIAN, DemoData.PASSWORD)
                            .endsWith("/desk/cases/queue.xhtml"),
                    "a login with a portal password does not need the directory");
        } finally {
            ldap.startListening();
        }
        assertTrue(
                WebSignIn.landing(base, greta, "greta's secret").endsWith("/portal/cases/list.xhtml"),
                "the directory back, she signs in as before");
    }

    @Test
    public void aDirectoryUserSignsInWithTheDirectoryPasswordWhichThePortalNeverStores() throws Exception {
        String dirk = person("Dirk", "Dahl", "Nordic Foods AB", "directory pass one");

        assertTrue(
                WebSignIn.landing(base, dirk, "directory pass one").endsWith("/portal/cases/list.xhtml"),
                "a user the portal did not know signs in with the directory password");
        String[] login = get("login", "username", dirk).split("\\|");
        assertEquals("uid=" + dirk + "," + PEOPLE, login[0], "the login keeps its directory entry");
        assertEquals("none", login[1], "no password is stored for a directory login");
        assertEquals("Dirk|Dahl|" + dirk + "@example.com|Nordic Foods AB", String.join("|", tail(login)));

        assertTrue(WebSignIn.landing(base, dirk, "directory pass two").endsWith("/signin.xhtml"), "a wrong password");
        assertTrue(WebSignIn.landing(base, dirk, " ").endsWith("/signin.xhtml"), "no anonymous bind");

        ldap.modify(
                "uid=" + dirk + "," + PEOPLE, new Modification(ModificationType.REPLACE, "userPassword", "new one!"));
        assertTrue(WebSignIn.landing(base, dirk, "directory pass one").endsWith("/signin.xhtml"));
        assertTrue(
                WebSignIn.landing(base, dirk, "new one!").endsWith("/portal/cases/list.xhtml"),
                "a password changed in the directory counts at once");

        assertEquals("refused: access.directoryAccount", post("invite", "username", dirk), "no links for it");
        assertTrue(
                WebSignIn.landing(base, DemoData.SITE_CONTACT, DemoData.PASSWORD)
                        .endsWith("/portal/cases/list.xhtml"),
                "portal passwords still work beside the directory");
    }

    @Test
    public void theSyncJobCreatesAndUpdatesContactsAndSkipsWhatItCannotPlace() throws Exception {
        String maja = person("Maja", "Lund", "Baltic Marine Ltd", "maja's own secret");
        String stray = person("Stig", "Ström", "No Such Company", "stig's secret");

        String first = post("sync");
        assertTrue(first.startsWith("COMPLETED created="), first);
        assertTrue(!first.contains("created=0 "), "the sync created contacts: " + first);
        assertTrue(!first.endsWith("skipped=0"), "the entry without a customer is skipped: " + first);
        assertEquals(
                "uid=" + maja + "," + PEOPLE + "|none|Maja|Lund|" + maja + "@example.com|Baltic Marine Ltd",
                get("login", "username", maja));
        assertEquals("none", get("login", "username", stray));

        ldap.modify(
                "uid=" + maja + "," + PEOPLE,
                new Modification(ModificationType.REPLACE, "sn", "Lund-Berg"),
                new Modification(ModificationType.REPLACE, "mail", "maja.lundberg@example.com"));
        String second = post("sync");
        assertTrue(second.startsWith("COMPLETED created=0 updated=1 "), second);
        assertEquals(
                "uid=" + maja + "," + PEOPLE + "|none|Maja|Lund-Berg|maja.lundberg@example.com|Baltic Marine Ltd",
                get("login", "username", maja));

        String third = post("sync");
        assertTrue(third.startsWith("COMPLETED created=0 updated=0 "), "a second run changes nothing: " + third);
        assertTrue(WebSignIn.landing(base, maja, "maja's own secret").endsWith("/portal/cases/list.xhtml"));
    }

    @Test
    public void fieldsTheDirectoryOwnsCannotBeChangedInThePortal() throws Exception {
        String frida = person("Frida", "Falk", "Nordic Foods AB", "frida's secret");
        post("sync");
        String email = frida + "@example.com";

        assertEquals("ok", post("editable", "username", frida, "first", "Frida", "last", "Falk", "email", email));
        assertEquals(
                "refused: directory.ownedField",
                post("editable", "username", frida, "first", "Frida", "last", "Hök", "email", email));
        assertEquals(
                "refused: directory.ownedField",
                post(
                        "editable",
                        "username",
                        frida,
                        "first",
                        "Frida",
                        "last",
                        "Falk",
                        "email",
                        "frida@elsewhere.example"));
        assertEquals(
                "refused: directory.ownedField",
                post(
                        "editable",
                        "username",
                        frida,
                        "first",
                        "Frida",
                        "last",
                        "Falk",
                        "email",
                        email,
                        "newUsername",
                        "frida2"));
        assertEquals(
                "ok",
                post(
                        "editable",
                        "username",
                        DemoData.COMPANY_CONTACT,
                        "first",
                        "Annika",
                        "last",
                        "Lind",
                        "email",
                        "annika@nordicfoods.example"),
                "a contact with a portal password is edited freely");
    }

    private static String person(String first, String last, String company, String password) throws Exception {
        String uid = first.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        ldap.add(
                "dn: uid=" + uid + "," + PEOPLE,
                "objectClass: top",
                "objectClass: person",
                "objectClass: organizationalPerson",
                "objectClass: inetOrgPerson",
                "uid: " + uid,
                "cn: " + first + " " + last,
                "givenName: " + first,
                "sn: " + last,
                "mail: " + uid + "@example.com",
                "telephoneNumber: +46 31 123 45 67",
                "o: " + company,
                "userPassword: " + password);
        return uid;
    }

    private void configure(String url, String people) {
        assertEquals(
                "ok", post("configure", "url", url, "base", people, "bindDn", BIND_DN, "bindPassword", BIND_PASSWORD));
    }

    private static String[] tail(String[] values) {
        String[] rest = new String[values.length - 2];
        System.arraycopy(values, 2, rest, 0, rest.length);
        return rest;
    }

    private String post(String action, String... parameters) {
        return TestDriver.at(base, "directory").post(action, parameters);
    }

    private String get(String action, String... parameters) {
        return TestDriver.at(base, "directory").get(action, parameters);
    }
}
