package io.github.altibaseportable.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.SQLDialect;
import org.jooq.SelectLimitStep;
import org.jooq.Table;
import org.jooq.conf.Settings;
import org.jooq.conf.StatementType;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * jOOQ with {@link SQLDialect#DEFAULT} through this driver: {@code limit ? offset ?} (bound, and inlined
 * with {@link StatementType#STATIC_STATEMENT}), and inserts with {@code returning}, which jOOQ renders
 * as {@code insert ... returning "ID"}, runs with {@code executeUpdate()} and reads through
 * {@code getGeneratedKeys()}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JooqLiveIT {
    private static final int PAGED_ROWS = 20;

    private final OwnedObjects objects = new OwnedObjects("JQ");
    private final String table = objects.name("BOOKS");
    /** jOOQ's model of the table; made in {@code @BeforeAll}, so that a run without a server never loads jOOQ. */
    private Table<Record> books;

    private Field<Long> id;
    private Field<String> title;
    private Connection connection;
    private DSLContext bound;
    private DSLContext inlined;
    /** The keys {@code returning} gave for the rows paging reads ({@code page-<n>}), in insert order. */
    private final List<Long> pagedIds = new ArrayList<>();

    @BeforeAll
    void createTable() throws SQLException {
        if (!LiveDatabase.isConfigured()) {
            return;
        }
        connection = LiveDatabase.connect();
        LiveDatabase.execute(
                connection,
                "CREATE TABLE " + table
                        + " (ID BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, TITLE VARCHAR(100) NOT NULL)");
        books = DSL.table(DSL.name(table));
        id = DSL.field(DSL.name("ID"), SQLDataType.BIGINT);
        title = DSL.field(DSL.name("TITLE"), SQLDataType.VARCHAR(100));
        bound = DSL.using(connection, SQLDialect.DEFAULT);
        inlined = DSL.using(
                connection, SQLDialect.DEFAULT, new Settings().withStatementType(StatementType.STATIC_STATEMENT));
        for (int i = 0; i < PAGED_ROWS; i++) {
            pagedIds.add(bound.insertInto(books, title)
                    .values("page-" + i)
                    .returning(id)
                    .fetchOne(id));
        }
    }

    @AfterAll
    void dropTable() throws SQLException {
        if (connection != null) {
            try (Connection closing = connection) {
                objects.dropAllAndCheck(closing);
            }
        }
    }

    @BeforeEach
    void server() {
        LiveDatabase.requireUrl();
    }

    @Test
    void theKeysReturnedInInsertOrderAreTheStoredKeysInOrder() {
        assertEquals(stored(), pagedIds);
    }

    @Test
    void insertReturningGivesTheStoredKey() {
        Long key = bound.insertInto(books, title).values("single").returning(id).fetchOne(id);
        assertNotNull(key);
        assertEquals("single", titleOf(key));
    }

    @Test
    void multiRowInsertReturningGivesEveryKeyInRowOrder() {
        List<Long> keys = bound.insertInto(books, title)
                .values("multi-0")
                .values("multi-1")
                .values("multi-2")
                .returning(id)
                .fetch(id);
        assertEquals(3, keys.size(), keys::toString);
        for (int i = 0; i < keys.size(); i++) {
            assertEquals("multi-" + i, titleOf(keys.get(i)));
        }
    }

    Stream<Page> pages() {
        return Stream.concat(Page.cases(PAGED_ROWS).stream(), Page.rests(PAGED_ROWS).stream());
    }

    @ParameterizedTest
    @MethodSource("pages")
    void limitAndOffsetReturnTheExpectedPage(Page page) {
        List<Long> all = stored();
        assertEquals(PAGED_ROWS, all.size());
        assertEquals(page.of(all), page(bound, page), "bound");
        assertEquals(page.of(all), page(inlined, page), "inlined");
    }

    /** The keys of the {@code page-<n>} rows, ascending. */
    private List<Long> stored() {
        return pagedRows(bound).fetch(id);
    }

    private List<Long> page(DSLContext context, Page page) {
        SelectLimitStep<Record1<Long>> select = pagedRows(context);
        return (page.limit() == null
                        ? select.offset(page.offset())
                        : select.limit(page.limit()).offset(page.offset()))
                .fetch(id);
    }

    private SelectLimitStep<Record1<Long>> pagedRows(DSLContext context) {
        return context.select(id).from(books).where(title.like("page-%")).orderBy(id);
    }

    private String titleOf(long key) {
        return bound.select(title).from(books).where(id.eq(key)).fetchOne(title);
    }
}
