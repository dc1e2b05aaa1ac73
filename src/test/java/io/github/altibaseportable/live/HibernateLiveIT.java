package io.github.altibaseportable.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.altibaseportable.driver.PortableDriver;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.SessionFactory;
import org.hibernate.annotations.BatchSize;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hibernate ORM (JPA) through this driver, with {@link PostgreSQLDialect} (see README, "Hibernate"); the main
 * build runs it on Hibernate 6, the module {@code src/it/hibernate7} on Hibernate 7 (same source):
 * Hibernate's schema export creates and drops the tables ({@code create-drop}: identity columns, boolean,
 * timestamp and numeric types, {@code drop table if exists ... cascade}); {@code GenerationType.IDENTITY}
 * keys come back through {@code getGeneratedKeys()}; {@code setFirstResult}/{@code setMaxResults}
 * become {@code offset ? rows fetch first ? rows only}, which the driver rewrites.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HibernateLiveIT {
    private static final int BOOKS = 30;
    private static final String ALL_BOOKS = "select b from Book b order by b.id";
    private static final LocalDateTime FIRST_PUBLISHED = LocalDateTime.of(2024, 2, 29, 13, 45, 30, 123_456_000);

    private final OwnedObjects objects = new OwnedObjects("HB");
    private SessionFactory sessionFactory;
    /** The books as persisted, in insertion order, with the keys Hibernate was given. */
    private List<Book> books;

    /** A book as Hibernate's {@code PostgreSQLDialect} maps it: bigint identity, varchar, boolean, timestamp(6), numeric. */
    @Entity(name = "Book")
    @Table(name = "BOOK")
    public static class Book {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Long id;

        @Column(length = 100, nullable = false)
        String title;

        boolean available;
        LocalDateTime published;

        @Column(precision = 10, scale = 2)
        BigDecimal price;

        protected Book() {}

        Book(int number) {
            this.title = "book-" + number;
            this.available = number % 3 != 0;
            this.published = FIRST_PUBLISHED.plusDays(number).plusNanos(number * 1_000L);
            this.price = BigDecimal.valueOf(number * 100L + 99, 2);
        }
    }

    /** A second identity table, for updates and deletes. */
    @Entity(name = "Author")
    @Table(name = "AUTHOR")
    public static class Author {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Long id;

        String name;

        protected Author() {}

        Author(String name) {
            this.name = name;
        }
    }

    /**
     * A table with a collection loaded in batches: with {@code PostgreSQLDialect}, Hibernate loads the
     * collections of several shelves with {@code ... where t1_0.shelf_id = any (?)}, binding an array.
     */
    @Entity(name = "Shelf")
    @Table(name = "SHELF")
    public static class Shelf {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Long id;

        String label;

        @ElementCollection
        @CollectionTable(name = "SHELF_TAG", joinColumns = @JoinColumn(name = "SHELF_ID"))
        @Column(name = "TAG")
        @BatchSize(size = 8)
        Set<String> tags = new HashSet<>();

        protected Shelf() {}

        Shelf(String label, String... tags) {
            this.label = label;
            this.tags.addAll(List.of(tags));
        }
    }

    /** Hibernate's table names, each behind this class's unique prefix. */
    private static final class PrefixedTables extends PhysicalNamingStrategyStandardImpl {
        private static final long serialVersionUID = 1L;

        private final transient OwnedObjects objects; // never serialized: the tests hold it

        PrefixedTables(OwnedObjects objects) {
            this.objects = objects;
        }

        @Override
        public Identifier toPhysicalTableName(Identifier logicalName, JdbcEnvironment environment) {
            return Identifier.toIdentifier(objects.name(logicalName.getText()));
        }
    }

    @BeforeAll
    void exportSchemaAndPersist() {
        if (!LiveDatabase.isConfigured()) {
            return;
        }
        sessionFactory = configuration().buildSessionFactory();
        books = sessionFactory.fromTransaction(entityManager -> {
            List<Book> persisted = new ArrayList<>();
            for (int number = 0; number < BOOKS; number++) {
                Book book = new Book(number);
                entityManager.persist(book);
                persisted.add(book);
            }
            return persisted;
        });
    }

    private Configuration configuration() {
        Configuration configuration = new Configuration()
                .addAnnotatedClass(Book.class)
                .addAnnotatedClass(Author.class)
                .addAnnotatedClass(Shelf.class)
                .setPhysicalNamingStrategy(new PrefixedTables(objects))
                .setProperty(AvailableSettings.JAKARTA_JDBC_DRIVER, PortableDriver.class.getName())
                .setProperty(AvailableSettings.JAKARTA_JDBC_URL, LiveDatabase.requireUrl())
                .setProperty(AvailableSettings.DIALECT, PostgreSQLDialect.class.getName())
                // Hibernate would take Altibase's version (7) for PostgreSQL's: name the oldest it supports
                .setProperty(AvailableSettings.JAKARTA_HBM2DDL_DB_MAJOR_VERSION, oldestPostgresql())
                .setProperty(AvailableSettings.HBM2DDL_AUTO, "create-drop")
                .setProperty(AvailableSettings.POOL_SIZE, "2");
        if (LiveDatabase.user() != null) {
            configuration.setProperty(AvailableSettings.JAKARTA_JDBC_USER, LiveDatabase.user());
        }
        if (LiveDatabase.password() != null) {
            configuration.setProperty(AvailableSettings.JAKARTA_JDBC_PASSWORD, LiveDatabase.password());
        }
        return configuration;
    }

    /**
     * The oldest PostgreSQL major version the running Hibernate's dialect supports (its {@code MINIMUM_VERSION}:
     * 12 in Hibernate 6.6, 13 in 7.2, 14 in 7.4).
     */
    static String oldestPostgresql() {
        try {
            java.lang.reflect.Field minimum = PostgreSQLDialect.class.getDeclaredField("MINIMUM_VERSION");
            minimum.setAccessible(true);
            return String.valueOf(
                    ((org.hibernate.dialect.DatabaseVersion) minimum.get(null)).getDatabaseMajorVersion());
        } catch (ReflectiveOperationException unknown) {
            throw new IllegalStateException("this Hibernate's PostgreSQLDialect has no MINIMUM_VERSION", unknown);
        }
    }

    @AfterAll
    void dropSchema() throws SQLException {
        if (!LiveDatabase.isConfigured()) {
            return;
        }
        if (sessionFactory != null) {
            sessionFactory.close();
        }
        try (Connection connection = LiveDatabase.connect()) {
            Map<String, String> left = objects.list(connection);
            objects.dropAll(connection);
            if (sessionFactory != null) {
                assertEquals(Map.of(), left, "objects left after Hibernate dropped its schema");
            }
        }
    }

    @BeforeEach
    void server() {
        LiveDatabase.requireUrl();
    }

    @Test
    void schemaExportCreatedBothTables() throws SQLException {
        try (Connection connection = LiveDatabase.connect()) {
            Map<String, String> created = objects.list(connection);
            assertEquals("T", created.get(objects.name("BOOK")), () -> "created: " + created);
            assertEquals("T", created.get(objects.name("AUTHOR")), () -> "created: " + created);
        }
    }

    @Test
    void theKeysGivenInInsertOrderAreTheStoredKeysInOrder() {
        List<Long> stored = sessionFactory.fromTransaction(entityManager -> entityManager
                .createQuery("select b.id from Book b order by b.id", Long.class)
                .getResultList());
        assertEquals(stored, ids(books));
    }

    @Test
    void everyKeyFindsTheRowStoredWithIt() {
        sessionFactory.inTransaction(entityManager -> {
            for (Book expected : books) {
                Book stored = entityManager.find(Book.class, expected.id);
                assertNotNull(stored, "no book with id " + expected.id);
                assertEquals(expected.title, stored.title);
                assertEquals(expected.available, stored.available, expected.title);
                assertEquals(expected.published, stored.published, expected.title);
                assertEquals(expected.price, stored.price, expected.title + ": the column's scale kept");
            }
        });
    }

    Stream<Page> pages() {
        return Stream.concat(Page.cases(BOOKS).stream(), Page.rests(BOOKS).stream());
    }

    @ParameterizedTest
    @MethodSource("pages")
    void setFirstResultAndSetMaxResultsReturnTheExpectedPage(Page page) {
        sessionFactory.inTransaction(entityManager -> {
            List<Book> all = entityManager.createQuery(ALL_BOOKS, Book.class).getResultList();
            assertEquals(BOOKS, all.size());
            var query = entityManager.createQuery(ALL_BOOKS, Book.class).setFirstResult(page.offset());
            if (page.limit() != null) {
                query.setMaxResults(page.limit());
            }
            assertEquals(ids(page.of(all)), ids(query.getResultList()));
        });
    }

    @Test
    void booleanLiteralsAndParametersSelectTheSameRows() {
        long available = books.stream().filter(book -> book.available).count();
        sessionFactory.inTransaction(entityManager -> {
            assertEquals(
                    available,
                    entityManager
                            .createQuery("select count(b) from Book b where b.available = true", Long.class)
                            .getSingleResult());
            assertEquals(
                    BOOKS - available,
                    entityManager
                            .createQuery("select count(b) from Book b where b.available = :available", Long.class)
                            .setParameter("available", false)
                            .getSingleResult());
        });
    }

    @Test
    void anEntityIsUpdatedAndRemovedByItsGeneratedKey() {
        long id = sessionFactory.fromTransaction(entityManager -> {
            Author author = new Author("first");
            entityManager.persist(author);
            return author.id;
        });
        sessionFactory.inTransaction(entityManager -> entityManager.find(Author.class, id).name = "second");
        assertEquals(
                "second", sessionFactory.fromTransaction(entityManager -> entityManager.find(Author.class, id).name));
        sessionFactory.inTransaction(entityManager -> entityManager.remove(entityManager.find(Author.class, id)));
        assertNull(sessionFactory.fromTransaction(entityManager -> entityManager.find(Author.class, id)));
    }

    /** The shelves by {@code in :ids}, as Spring Data's {@code findAllById} asks; their tags in one batch. */
    @Test
    void collectionsAreLoadedInBatchesBoundAsArrays() {
        List<Long> shelves = sessionFactory.fromTransaction(entityManager -> {
            List<Long> ids = new ArrayList<>();
            for (Shelf shelf : List.of(new Shelf("a", "x", "y"), new Shelf("b"), new Shelf("c", "z"))) {
                entityManager.persist(shelf);
                ids.add(shelf.id);
            }
            return ids;
        });
        Map<String, Set<String>> tags = sessionFactory.fromTransaction(entityManager -> entityManager
                .createQuery("select s from Shelf s where s.id in :ids order by s.id", Shelf.class)
                .setParameter("ids", shelves)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(shelf -> shelf.label, shelf -> new HashSet<>(shelf.tags))));
        assertEquals(Map.of("a", Set.of("x", "y"), "b", Set.of(), "c", Set.of("z")), tags);
    }

    /** Hibernate 7 deprecates {@code byMultipleIds} for {@code findMultiple}, which 6.6 lacks. */
    @Test
    @SuppressWarnings("removal")
    void severalEntitiesAreLoadedByTheirIdsAtOnce() {
        List<Long> wanted = List.of(books.get(3).id, books.get(1).id, books.get(7).id);
        List<String> titles =
                sessionFactory.fromSession(session -> session.byMultipleIds(Book.class).multiLoad(wanted).stream()
                        .map(book -> book.title)
                        .collect(Collectors.toList()));
        assertEquals(List.of(books.get(3).title, books.get(1).title, books.get(7).title), titles);
    }

    private static List<Long> ids(List<Book> books) {
        return books.stream().map(book -> book.id).collect(Collectors.toList());
    }
}
