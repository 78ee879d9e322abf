package com.serviceportal.cluster;

import static com.serviceportal.it.DemoData.COMPANY_CONTACT;
import static com.serviceportal.it.DemoData.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.browser.Browser;
import com.serviceportal.browser.CaseListPage;
import com.serviceportal.browser.SignInPage;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the README's cluster section promises, on the group its commands made: both instances,
 * started together on an empty database, migrated it once; each instance answers at the address the
 * commands listed, with the demo logins, on the one shared database.
 */
public class SetUpClusterIT {

    @Test
    public void bothInstancesStartingTogetherMigratedTheEmptyDatabaseOnce() throws SQLException, IOException {
        List<String> schema = applied("schema_history");
        assertEquals(schema.stream().distinct().toList(), schema, "no migration ran twice");
        assertTrue(schema.containsAll(sqlMigrationsInTheEar()), "every migration of the EAR ran: " + schema);
        List<String> demo = applied("demo_data_history");
        assertEquals(demo.stream().distinct().toList(), demo, "no demo script ran twice");
    }

    @Test
    public void eachInstanceAnswersWhereTheReadmeSaysWithTheDemoLogins() {
        Map<String, URL> instances = Cluster.instances();
        assertEquals(
                List.of("portal-1", "portal-2"),
                instances.keySet().stream().sorted().toList());
        List<List<String>> caseLists = new ArrayList<>();
        for (URL instance : instances.values()) {
            assertEquals(200, Cluster.status(at(instance, "health/ready")), instance + " is ready");
            try (Browser browser = Browser.open(instance, "en")) {
                browser.go("portal/cases/list.xhtml");
                new SignInPage(browser).signIn(COMPANY_CONTACT, PASSWORD);
                caseLists.add(new CaseListPage(browser).caseNumbers());
            }
        }
        assertTrue(!caseLists.get(0).isEmpty(), "the demo customer's cases are there");
        assertEquals(caseLists.get(0), caseLists.get(1), "both instances read the one database");
    }

    private static URL at(URL base, String path) {
        try {
            return java.net.URI.create(base.toString() + path).toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The versions Flyway recorded in a history table, in the order they ran; each must have succeeded. */
    private static List<String> applied(String historyTable) throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Connection db = Cluster.database();
                Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("SELECT \"version\", \"success\" FROM \"" + historyTable
                        + "\" WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            while (rows.next()) {
                assertTrue(rows.getBoolean(2), historyTable + " " + rows.getString(1) + " succeeded");
                versions.add(rows.getString(1));
            }
        }
        return versions;
    }

    /** The versions of the SQL migrations the EAR carries (V<version>__<name>.sql). */
    private static List<String> sqlMigrationsInTheEar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("../portal-ejb/src/main/resources/db/migration"))) {
            return files.map(f -> f.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .map(name -> name.substring(1, name.indexOf("__")))
                    .toList();
        }
    }
}
