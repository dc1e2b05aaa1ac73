package io.github.altibaseportable.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.altibaseportable.driver.PortableDriver;
import io.github.altibaseportable.live.HibernateLiveIT.Shelf;
import io.github.altibaseportable.stub.StubConnection;
import io.github.altibaseportable.stub.StubDriver;
import io.github.altibaseportable.stub.StubRows;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.hibernate.dialect.PostgreSQLDialect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What Hibernate 6 with {@code PostgreSQLDialect} sends for a batch of collections and for loading
 * several entities by id ({@code ... = any (?)} with an array from {@code createArrayOf}), through the
 * driver on the stub, which refuses arrays as the server's driver does; the entity is the live test's
 * ({@link HibernateLiveIT}), its tables not prefixed here.
 */
class HibernateArraysOnStubTest {
    private static final String SHELVES = "select s1_0.id,s1_0.label from SHELF s1_0 where s1_0.id IN (?, ?, ?)";
    private static final String TAGS =
            "select t1_0.SHELF_ID,t1_0.TAG from SHELF_TAG t1_0 where t1_0.SHELF_ID IN (?, ?)";

    private final List<StubConnection> connections = new CopyOnWriteArrayList<>();
    private SessionFactory sessionFactory;

    @BeforeEach
    void start() {
        StubDriver.scriptNewConnections(connection -> {
            connections.add(connection);
            connection.onQuery(
                    "from SHELF s1_0 where",
                    StubRows.columns("ID", "LABEL").row(1L, "a").row(2L, "b"));
            connection.onQuery(
                    "from SHELF_TAG t1_0 where",
                    StubRows.columns("SHELF_ID", "TAG").row(1L, "x").row(1L, "y"));
        });
        sessionFactory = new Configuration()
                .addAnnotatedClass(Shelf.class)
                .setProperty(AvailableSettings.JAKARTA_JDBC_DRIVER, PortableDriver.class.getName())
                .setProperty(AvailableSettings.JAKARTA_JDBC_URL, "jdbc:altibase-portable://localhost/mydb")
                .setProperty("hibernate.connection." + StubDriver.DELEGATE_PROPERTY, StubDriver.CLASS_NAME)
                .setProperty(AvailableSettings.DIALECT, PostgreSQLDialect.class.getName())
                .setProperty(AvailableSettings.JAKARTA_HBM2DDL_DB_MAJOR_VERSION, "12")
                .setProperty(AvailableSettings.POOL_SIZE, "1")
                .buildSessionFactory();
    }

    @AfterEach
    void stop() {
        sessionFactory.close();
        StubDriver.reset();
    }

    private List<String> events(String prefix) {
        List<String> events = new ArrayList<>();
        for (StubConnection connection : connections) {
            events.addAll(connection.events(prefix));
        }
        return events;
    }

    @Test
    void severalEntitiesByIdAreOneInList() {
        List<Shelf> shelves = sessionFactory.fromSession(
                session -> session.byMultipleIds(Shelf.class).multiLoad(1L, 2L, 3L));
        assertEquals(List.of("executeQuery: " + SHELVES), events("executeQuery"));
        assertTrue(
                events("prepare").contains("prepare: " + SHELVES),
                () -> events("prepare").toString());
        assertEquals(
                List.of("a", "b"),
                shelves.stream()
                        .filter(shelf -> shelf != null)
                        .map(shelf -> shelf.label)
                        .toList());
    }

    @Test
    void aBatchOfCollectionsIsOneInList() {
        Map<String, Set<String>> tags = sessionFactory.fromSession(session -> {
            List<Shelf> shelves = session.byMultipleIds(Shelf.class).multiLoad(1L, 2L, 3L);
            Map<String, Set<String>> read = new java.util.TreeMap<>();
            for (Shelf shelf : shelves) {
                if (shelf != null) {
                    read.put(shelf.label, new HashSet<>(shelf.tags));
                }
            }
            return read;
        });
        assertEquals(List.of("executeQuery: " + SHELVES, "executeQuery: " + TAGS), events("executeQuery"));
        assertEquals(Map.of("a", Set.of("x", "y"), "b", Set.of()), tags);
    }
}
