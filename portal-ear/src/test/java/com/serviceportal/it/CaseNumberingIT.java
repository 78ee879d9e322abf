package com.serviceportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.serviceportal.cases.CaseService;
import com.serviceportal.cases.NewCase;
import com.serviceportal.cases.Severity;
import com.serviceportal.security.Caller;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Cases raised at the same moment by many users still get one number each. */
@ExtendWith(ArquillianExtension.class)
public class CaseNumberingIT {

    private static final int USERS = 8;
    private static final int CASES_EACH = 10;

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(CaseNumberingIT.class, DemoData.class);
    }

    @Inject
    private CaseService cases;

    @Inject
    private Caller caller;

    @Test
    public void concurrentlyRaisedCasesGetDistinctNumbers() throws Exception {
        ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        long sven = DemoData.accountId(DemoData.SITE_CONTACT);
        String batch = "Numbering " + UUID.randomUUID().toString().substring(0, 8);

        List<Future<List<Long>>> results = new ArrayList<>();
        for (int user = 0; user < USERS; user++) {
            results.add(executor.submit(raiser(sven, batch)));
        }
        List<Long> numbers = new ArrayList<>();
        for (Future<List<Long>> result : results) {
            numbers.addAll(result.get());
        }

        assertEquals(USERS * CASES_EACH, numbers.size());
        assertEquals(numbers.size(), new HashSet<>(numbers).size(), "every case has its own number");
        assertEquals(new HashSet<>(numbers), storedNumbers(batch), "each number is the stored case's number");
    }

    /** One user raising cases in a request of its own, as a browser would. */
    private Callable<List<Long>> raiser(long accountId, String batch) {
        return () -> {
            RequestContextController request =
                    CDI.current().select(RequestContextController.class).get();
            request.activate();
            try {
                caller.signIn(accountId);
                List<Long> raised = new ArrayList<>();
                for (int i = 0; i < CASES_EACH; i++) {
                    NewCase newCase = new NewCase();
                    newCase.setSummary(batch + " #" + i);
                    newCase.setSeverity(Severity.LOW);
                    raised.add(cases.raise(newCase).getNumber());
                }
                return raised;
            } finally {
                request.deactivate();
            }
        };
    }

    private static Set<Long> storedNumbers(String batch) throws Exception {
        try (Connection connection = DemoData.database().getConnection();
                PreparedStatement query =
                        connection.prepareStatement("SELECT case_number FROM service_case WHERE summary LIKE ?")) {
            query.setString(1, batch + " #%");
            Set<Long> stored = new HashSet<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    stored.add(rows.getLong(1));
                }
            }
            return stored;
        }
    }
}
