package com.serviceportal.it;

import static com.serviceportal.it.DemoData.TECHNICIAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.projects.ChangeRow;
import com.serviceportal.projects.NewChange;
import com.serviceportal.projects.ObjectiveEntry;
import com.serviceportal.projects.ProjectChangedException;
import com.serviceportal.projects.ProjectForm;
import com.serviceportal.projects.ProjectService;
import com.serviceportal.security.Caller;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two members of the desk acting on one project at the same moment: requests for change raised at
 * once each get a number of their own, and of two saves of one version exactly one lands, whole. Each
 * round starts both requests together on two threads, so some of them really meet in the database.
 * Every test works on a project of its own, removed afterwards.
 */
@ExtendWith(ArquillianExtension.class)
public class ProjectLocksIT {

    private static final int ROUNDS = 10;
    private static final String PACKING_LINE = "NF-P-2602";

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(ProjectLocksIT.class, DemoData.class);
    }

    @Inject
    private ProjectService projects;

    @Inject
    private Caller caller;

    private long project;

    @BeforeEach
    void ownProject() throws SQLException {
        caller.signIn(DemoData.accountId(TECHNICIAN));
        ProjectForm form = projects.form(
                Long.parseLong(DemoData.text("SELECT id FROM project WHERE project_number = ?", PACKING_LINE)));
        form.setId(null);
        form.setVersion(0);
        form.setNumber("LOCK-" + UUID.randomUUID().toString().substring(0, 8));
        form.setName("Two desks at once");
        project = projects.save(form);
    }

    @AfterEach
    void removeProject() throws SQLException {
        for (String table : List.of("project_change", "project_line", "project_work_item", "project_objective")) {
            DemoData.update("DELETE FROM " + table + " WHERE project_id = ?", project);
        }
        DemoData.update("DELETE FROM project WHERE id = ?", project);
    }

    @Test
    public void requestsForChangeRaisedAtOnceEachGetTheNextNumber() throws Exception {
        List<Integer> numbers = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            int raised = round;
            for (Future<ChangeRow> change : together(
                    () -> projects.raiseChange(project, change("Extra sensor " + raised + "a")),
                    () -> projects.raiseChange(project, change("Extra sensor " + raised + "b")))) {
                numbers.add(change.get(60, TimeUnit.SECONDS).number());
            }
        }
        caller.signIn(DemoData.accountId(TECHNICIAN));
        assertEquals(
                IntStream.rangeClosed(1, 2 * ROUNDS).boxed().toList(),
                projects.project(project).changes().stream()
                        .map(ChangeRow::number)
                        .sorted()
                        .toList(),
                "every request raised at once was kept, each with a number of its own: " + numbers);
    }

    @Test
    public void ofTwoSavesOfOneVersionExactlyOneLandsWhole() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            caller.signIn(DemoData.accountId(TECHNICIAN));
            ProjectForm first = projects.form(project);
            ProjectForm second = projects.form(project);
            // Only the lists differ from the version read: the project's own row must still count as changed.
            first.setObjectives(objectives("first " + round, 3));
            second.setObjectives(objectives("second " + round, 2));

            List<Future<Long>> saves = together(() -> projects.save(first), () -> projects.save(second));
            List<String> landed = new ArrayList<>();
            for (int i = 0; i < saves.size(); i++) {
                try {
                    saves.get(i).get(60, TimeUnit.SECONDS);
                    landed.add(i == 0 ? "first" : "second");
                } catch (ExecutionException refused) {
                    assertInstanceOf(
                            ProjectChangedException.class,
                            refused.getCause(),
                            "the other save is told the project changed meanwhile");
                }
            }
            assertEquals(1, landed.size(), "round " + round + ": exactly one save lands, not " + landed);

            caller.signIn(DemoData.accountId(TECHNICIAN));
            List<String> kept = projects.project(project).objectives().stream()
                    .map(ObjectiveEntry::getText)
                    .toList();
            ProjectForm winner = landed.get(0).equals("first") ? first : second;
            assertEquals(
                    winner.getObjectives().stream().map(ObjectiveEntry::getText).toList(),
                    kept,
                    "the project holds the landed save's objectives, nothing of the other");
            assertTrue(projects.form(project).getVersion() > first.getVersion(), "a new version");
        }
    }

    /** Starts both calls at the same moment on two threads, each signed in as a member of the desk. */
    @SafeVarargs
    private static <T> List<Future<T>> together(Callable<T>... calls) throws Exception {
        ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        CountDownLatch ready = new CountDownLatch(calls.length);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<T>> results = new ArrayList<>();
        for (Callable<T> call : calls) {
            results.add(executor.submit(() -> {
                RequestContextController request =
                        CDI.current().select(RequestContextController.class).get();
                request.activate();
                try {
                    CDI.current().select(Caller.class).get().signIn(DemoData.accountId(TECHNICIAN));
                    ready.countDown();
                    go.await();
                    return call.call();
                } finally {
                    request.deactivate();
                }
            }));
        }
        assertTrue(ready.await(30, TimeUnit.SECONDS), "both desks ready");
        go.countDown();
        return results;
    }

    private static NewChange change(String description) {
        NewChange change = new NewChange();
        change.setDescription(description);
        return change;
    }

    private static List<ObjectiveEntry> objectives(String prefix, int count) {
        List<ObjectiveEntry> objectives = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            ObjectiveEntry objective = new ObjectiveEntry();
            objective.setText(prefix + " objective " + i);
            objectives.add(objective);
        }
        return objectives;
    }
}
