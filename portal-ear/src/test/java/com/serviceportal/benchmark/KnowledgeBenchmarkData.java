package com.serviceportal.benchmark;

import com.serviceportal.knowledge.ArticleIndex;
import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Test-only helper of {@link KnowledgeBenchmark}, deployed only with it: adds generated articles up
 * to the total asked for ({@code ?total=100000}), each with its word rows written by the same
 * {@link ArticleIndex} the service uses. Seven in ten are English, the rest Swedish; most are
 * published for every customer, some chosen for another company, staff-only, drafts or archived,
 * so the reader's scope has something to leave out.
 */
@WebServlet("/benchmark/knowledge")
public class KnowledgeBenchmarkData extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final long FIRST_ARTICLE_ID = 20_000_000L;
    private static final int BATCH = 500;
    private static final int COMMIT_EVERY = 5_000;
    private static final int BULK_LOAD = 10_000;
    private static final Logger LOG = Logger.getLogger(KnowledgeBenchmarkData.class.getName());

    private static final String[][] THINGS = {
        {"freezer", "frysen"},
        {"chiller", "kylaggregatet"},
        {"compressor", "kompressorn"},
        {"conveyor belt", "transportbandet"},
        {"oven", "ugnen"},
        {"label printer", "etikettskrivaren"},
        {"scale", "vågen"},
        {"dishwasher", "diskmaskinen"},
        {"ice machine", "ismaskinen"},
        {"pump", "pumpen"},
        {"loading door", "lastporten"},
        {"mixer", "blandaren"},
        {"refrigerator", "kylskåpet"},
        {"coffee machine", "kaffemaskinen"},
        {"vacuum packer", "vakuumförpackaren"}
    };
    private static final String[][] PARTS = {
        {"fan", "fläkten"},
        {"thermostat", "termostaten"},
        {"door seal", "dörrtätningen"},
        {"sensor", "givaren"},
        {"valve", "ventilen"},
        {"drive belt", "drivremmen"},
        {"motor", "motorn"},
        {"display", "displayen"},
        {"filter", "filtret"},
        {"relay", "reläet"},
        {"fuse", "säkringen"},
        {"hinge", "gångjärnet"},
        {"heating element", "värmeelementet"},
        {"drain hose", "avloppsslangen"},
        {"control board", "styrkortet"}
    };
    private static final String[][] SYMPTOMS = {
        {"is leaking water", "läcker vatten"},
        {"makes a loud noise", "låter högt"},
        {"sounds an alarm", "larmar"},
        {"stops after a few minutes", "stannar efter några minuter"},
        {"runs too warm", "går för varmt"},
        {"freezes up", "fryser igen"},
        {"vibrates", "vibrerar"},
        {"smells burnt", "luktar bränt"},
        {"trips the breaker", "löser ut säkringen"},
        {"does not start", "startar inte"},
        {"shows wrong readings", "visar fel värden"},
        {"prints blank labels", "skriver ut tomma etiketter"}
    };
    private static final String[][] ACTIONS = {
        {
            "Switch the unit off and wait five minutes before you restart it.",
            "Stäng av enheten och vänta fem minuter innan du startar den igen."
        },
        {
            "Clean the filter and check that nothing blocks the air flow.",
            "Rengör filtret och kontrollera att inget hindrar luftflödet."
        },
        {
            "Check that the door closes tightly and that the seal is not torn.",
            "Kontrollera att dörren stänger tätt och att tätningen inte är trasig."
        },
        {"Defrost the evaporator and empty the drip tray.", "Avfrosta förångaren och töm droppskålen."},
        {
            "Tighten the belt until it gives about one centimetre.",
            "Spänn remmen tills den ger efter ungefär en centimeter."
        },
        {"Calibrate the sensor from the service menu.", "Kalibrera givaren från servicemenyn."},
        {"Replace the fuse with one of the same rating.", "Byt säkringen mot en med samma märkning."},
        {
            "Update the firmware from the maker's web site.",
            "Uppdatera den inbyggda programvaran från tillverkarens webbplats."
        },
        {"Call the service desk if the fault comes back.", "Ring servicedesken om felet kommer tillbaka."},
        {
            "Note the error code on the display before you reset it.",
            "Anteckna felkoden på displayen innan du återställer."
        }
    };
    private static final String[] MAKES = {"Electrolux", "Carrier", "Bizerba", "Zebra", "Rational", "Hobart", "Grundfos"
    };
    private static final String[][] CATEGORIES = {
        {"Refrigeration", "Kyla"},
        {"Kitchen", "Kök"},
        {"Packaging", "Förpackning"},
        {"Doors", "Portar"},
        {"Printing", "Utskrift"}
    };

    @Resource(lookup = "jdbc/portal")
    private DataSource database;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long total = Long.parseLong(request.getParameter("total"));
        long started = System.nanoTime();
        long added;
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            long have = count(connection);
            List<String> rebuild = new ArrayList<>();
            if (total - have > BULK_LOAD) {
                rebuild.addAll(CaseListBenchmarkData.dropIndexesAndForeignKeys(connection, "knowledge_word"));
            }
            added = addArticles(connection, have, total, otherCompany(connection));
            ArticleIndex.recountCategories(connection);
            connection.commit();
            CaseListBenchmarkData.restore(connection, rebuild);
        } catch (SQLException e) {
            throw new IOException(e);
        }
        CaseListBenchmarkData.answer(response, added, started);
    }

    private static long addArticles(Connection connection, long from, long total, long otherCompany)
            throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        long added = 0;
        try (PreparedStatement article = connection.prepareStatement(
                        "INSERT INTO knowledge_article (id, title,"
                                + " problem, solution, category, keywords, applies_to, language, visibility, state, author,"
                                + " updated_at, view_count, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'Benchmark', ?, ?, 0)");
                PreparedStatement chosen = connection.prepareStatement(
                        "INSERT INTO knowledge_article_customer (article_id, customer_id) VALUES (?, ?)");
                PreparedStatement word = connection.prepareStatement("INSERT INTO knowledge_word (article_id, term,"
                        + " language, readers, weight, term_count) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (long n = from; n < total; n++) {
                SplittableRandom random = new SplittableRandom(n);
                long id = FIRST_ARTICLE_ID + n;
                int language = random.nextInt(10) < 7 ? 0 : 1;
                String thing = pick(random, THINGS)[language];
                String part = pick(random, PARTS)[language];
                String symptom = pick(random, SYMPTOMS)[language];
                String make = MAKES[random.nextInt(MAKES.length)];
                String model = make + " " + (char) ('A' + random.nextInt(26)) + (100 + random.nextInt(900));
                String code = "E" + (10 + random.nextInt(990));
                String title = capital(thing) + " " + symptom + " (" + part + ", " + code + ")";
                String problem = language == 0
                        ? "<p>The " + thing + " " + symptom + ". The display shows error " + code + " and the " + part
                                + " feels " + (random.nextBoolean() ? "warm" : "loose") + ".</p>"
                        : "<p>" + capital(thing) + " " + symptom + ". Displayen visar felkod " + code + " och " + part
                                + " känns " + (random.nextBoolean() ? "varm" : "lös") + ".</p>";
                StringBuilder solution = new StringBuilder("<ol>");
                int steps = 3 + random.nextInt(3);
                for (int s = 0; s < steps; s++) {
                    solution.append("<li>")
                            .append(pick(random, ACTIONS)[language])
                            .append("</li>");
                }
                solution.append("</ol>");
                String category = pick(random, CATEGORIES)[language];
                String keywords = thing + ", " + part + ", " + code;
                int roll = random.nextInt(100);
                String visibility = roll < 85 ? "EVERY_CUSTOMER" : roll < 90 ? "CHOSEN_COMPANIES" : "STAFF_ONLY";
                int stateRoll = random.nextInt(100);
                String state = stateRoll < 90 ? "PUBLISHED" : stateRoll < 97 ? "DRAFT" : "ARCHIVED";
                String lang = language == 0 ? "en" : "sv";
                article.setLong(1, id);
                article.setString(2, title);
                article.setString(3, problem);
                article.setString(4, solution.toString());
                article.setString(5, category);
                article.setString(6, keywords);
                article.setString(7, model);
                article.setString(8, lang.toUpperCase(Locale.ROOT));
                article.setString(9, visibility);
                article.setString(10, state);
                article.setTimestamp(11, now);
                article.setInt(12, random.nextInt(500));
                article.addBatch();
                if (visibility.equals("CHOSEN_COMPANIES")) {
                    chosen.setLong(1, id);
                    chosen.setLong(2, otherCompany);
                    chosen.addBatch();
                }
                for (ArticleIndex.Row row :
                        ArticleIndex.rows(lang, title, keywords, problem, solution.toString(), model)) {
                    word.setLong(1, id);
                    word.setString(2, row.term());
                    word.setString(3, lang.toUpperCase(Locale.ROOT));
                    word.setString(4, ArticleIndex.readers(state, visibility));
                    word.setInt(5, row.weight());
                    word.setInt(6, row.count());
                    word.addBatch();
                }
                added++;
                if (added % BATCH == 0) {
                    article.executeBatch();
                    chosen.executeBatch();
                    word.executeBatch();
                }
                if (added % COMMIT_EVERY == 0) {
                    connection.commit();
                    long done = from + added;
                    LOG.info(() -> "Knowledge benchmark: " + done + " articles");
                }
            }
            article.executeBatch();
            chosen.executeBatch();
            word.executeBatch();
        }
        return added;
    }

    /** A company the benchmark's reader (anna of Nordic Foods) does not see. */
    private static long otherCompany(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement();
                ResultSet found = query.executeQuery("SELECT id FROM customer WHERE name = 'Baltic Marine Ltd'")) {
            found.next();
            return found.getLong(1);
        }
    }

    private static long count(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement();
                ResultSet found =
                        query.executeQuery("SELECT COUNT(*) FROM knowledge_article WHERE id >= " + FIRST_ARTICLE_ID)) {
            found.next();
            return found.getLong(1);
        }
    }

    private static String[] pick(SplittableRandom random, String[][] words) {
        return words[random.nextInt(words.length)];
    }

    private static String capital(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
