import java.lang.reflect.*;
import java.nio.file.*;
import java.sql.*;

public class H {
    public static void main(String[] a) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:/tmp/h2fill/db2", "sa", "")) {
            org.h2.tools.RunScript.execute(
                    c, new java.io.StringReader(Files.readString(Path.of("/tmp/h2fill/schema.sql"))));
            c.setAutoCommit(false);
            Class<?> k = Class.forName("com.serviceportal.benchmark.CaseListBenchmarkData");
            Method ensure = k.getDeclaredMethod("ensureCustomers", Connection.class);
            ensure.setAccessible(true);
            Method drop = k.getDeclaredMethod("dropIndexesAndForeignKeys", Connection.class);
            drop.setAccessible(true);
            Method add = k.getDeclaredMethod("addCases", Connection.class, long.class);
            add.setAccessible(true);
            ensure.invoke(null, c);
            long t0 = System.nanoTime();
            @SuppressWarnings("unchecked")
            java.util.List<String> restore = (java.util.List<String>) drop.invoke(null, c);
            long t1 = System.nanoTime();
            add.invoke(null, c, Long.parseLong(a[0]));
            c.commit();
            long t2 = System.nanoTime();
            try (Statement s = c.createStatement()) {
                for (String r : restore) s.execute(r);
            }
            c.commit();
            long t3 = System.nanoTime();
            System.out.printf(
                    "drop %d ms, insert %d ms, restore %d ms (%d statements)%n",
                    (t1 - t0) / 1000000, (t2 - t1) / 1000000, (t3 - t2) / 1000000, restore.size());
            ResultSet rs = c.getMetaData().getIndexInfo(null, null, "SERVICE_CASE", false, false);
            java.util.Set<String> names = new java.util.TreeSet<>();
            while (rs.next()) names.add(rs.getString("INDEX_NAME"));
            System.out.println(names.size() + " indexes after");
        }
    }
}
