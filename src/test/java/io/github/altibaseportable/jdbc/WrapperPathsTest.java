package io.github.altibaseportable.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.altibaseportable.stub.StubCallableStatement;
import io.github.altibaseportable.stub.StubConnection;
import io.github.altibaseportable.stub.StubDatabaseMetaData;
import io.github.altibaseportable.stub.StubParameterMetaData;
import io.github.altibaseportable.stub.StubPreparedStatement;
import io.github.altibaseportable.stub.StubResultSet;
import io.github.altibaseportable.stub.StubRows;
import io.github.altibaseportable.stub.StubStatement;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Wrapper;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every path back to a JDBC object gives this driver's wrapper; unwrap reaches wrapper and stub; closing cascades. */
class WrapperPathsTest extends StubbedConnectionTest {
    private static final String QUERY = "SELECT id FROM t";
    private static final String INSERT = "INSERT INTO t (name) VALUES ('a')";

    @BeforeEach
    void scriptTheQuery() {
        stub.onQuery("^SELECT id FROM t$", StubRows.columns("ID").row(1).row(2));
    }

    /** Something that gives a JDBC object from the connection under test. */
    interface Path {
        Object from(Connection connection) throws SQLException;
    }

    static Stream<Arguments> statementsOfEveryKind() {
        return Stream.of(
                Arguments.of("createStatement", (Path) Connection::createStatement),
                Arguments.of("prepareStatement", (Path) c -> c.prepareStatement(QUERY)),
                Arguments.of("prepareStatement with keys", (Path)
                        c -> c.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)),
                Arguments.of("prepareCall", (Path) c -> c.prepareCall("{call p(?)}")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statementsOfEveryKind")
    void statementGetConnectionIsTheWrapper(String label, Path path) throws SQLException {
        Statement statement = (Statement) path.from(connection);
        assertInstanceOf(PortableStatement.class, statement);
        assertSame(connection, statement.getConnection());
    }

    @Test
    void metaDataIsWrappedAndLeadsBackToTheWrapper() throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        assertInstanceOf(PortableDatabaseMetaData.class, metaData);
        assertSame(connection, metaData.getConnection());
        assertSame(metaData, connection.getMetaData());
        assertEquals("Altibase", metaData.getDatabaseProductName());
    }

    @Test
    void executeQueryResultLeadsBackToTheStatement() throws SQLException {
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(QUERY);
        assertInstanceOf(PortableResultSet.class, rows);
        assertSame(statement, rows.getStatement());
        assertTrue(rows.next());
        assertEquals(1, rows.getInt("ID"));
    }

    @Test
    void executeThenGetResultSetGivesOneWrapperLeadingBackToTheStatement() throws SQLException {
        Statement statement = connection.createStatement();
        assertTrue(statement.execute(QUERY));
        ResultSet first = statement.getResultSet();
        assertSame(first, statement.getResultSet());
        assertSame(statement, first.getStatement());
        assertEquals(-1, statement.getUpdateCount());
    }

    @Test
    void preparedResultsLeadBackToThePreparedStatement() throws SQLException {
        PreparedStatement statement = connection.prepareStatement(QUERY);
        assertSame(statement, statement.executeQuery().getStatement());
        assertTrue(statement.execute());
        ResultSet rows = statement.getResultSet();
        assertSame(rows, statement.getResultSet());
        assertSame(statement, rows.getStatement());
    }

    @Test
    void callableResultsLeadBackToTheCallableStatement() throws SQLException {
        stub.onQuery("^\\{call q\\}$", StubRows.columns("X").row("x"));
        CallableStatement call = connection.prepareCall("{call q}");
        assertTrue(call.execute());
        assertSame(call, call.getResultSet().getStatement());
    }

    @Test
    void generatedKeysLeadBackToTheStatement() throws SQLException {
        stub.onGeneratedKeys("^INSERT INTO t", StubRows.columns("ID").row(42L));
        Statement statement = connection.createStatement();
        assertEquals(0, statement.executeUpdate(INSERT, Statement.RETURN_GENERATED_KEYS));
        ResultSet keys = statement.getGeneratedKeys();
        assertInstanceOf(PortableResultSet.class, keys);
        assertSame(statement, keys.getStatement());
        assertTrue(keys.next());
        assertEquals(42L, keys.getLong(1));
    }

    @Test
    void preparedGeneratedKeysLeadBackToThePreparedStatement() throws SQLException {
        PreparedStatement statement = connection.prepareStatement(INSERT, new String[] {"ID"});
        statement.executeUpdate();
        assertSame(statement, statement.getGeneratedKeys().getStatement());
    }

    static Stream<Arguments> metaDataQueries() {
        return Stream.of(
                Arguments.of("getTables", (Path) c -> c.getMetaData().getTables(null, null, "%", null)),
                Arguments.of("getColumns", (Path) c -> c.getMetaData().getColumns(null, null, "T", "%")),
                Arguments.of("getSchemas", (Path) c -> c.getMetaData().getSchemas()),
                Arguments.of("getPrimaryKeys", (Path) c -> c.getMetaData().getPrimaryKeys(null, null, "T")),
                Arguments.of("getTypeInfo", (Path) c -> c.getMetaData().getTypeInfo()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("metaDataQueries")
    void metaDataResultsAreWrappedAndHaveNoStatement(String label, Path path) throws SQLException {
        ResultSet rows = (ResultSet) path.from(connection);
        assertInstanceOf(PortableResultSet.class, rows);
        assertTrue(rows.isWrapperFor(StubResultSet.class));
        assertNull(rows.getStatement());
        assertFalse(rows.next());
    }

    static Stream<Arguments> wrappersAndStubs() {
        return Stream.of(
                Arguments.of((Path) c -> c, PortableConnection.class, StubConnection.class),
                Arguments.of((Path) Connection::createStatement, PortableStatement.class, StubStatement.class),
                Arguments.of(
                        (Path) c -> c.prepareStatement(QUERY),
                        PortablePreparedStatement.class,
                        StubPreparedStatement.class),
                Arguments.of(
                        (Path) c -> c.prepareCall("{call p(?)}"),
                        PortableCallableStatement.class,
                        StubCallableStatement.class),
                Arguments.of(
                        (Path) Connection::getMetaData, PortableDatabaseMetaData.class, StubDatabaseMetaData.class),
                Arguments.of(
                        (Path) c -> c.createStatement().executeQuery(QUERY),
                        PortableResultSet.class,
                        StubResultSet.class),
                Arguments.of(
                        (Path) c -> c.prepareStatement("SELECT id FROM t LIMIT ? OFFSET ?")
                                .getParameterMetaData(),
                        PortableParameterMetaData.class,
                        StubParameterMetaData.class));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("wrappersAndStubs")
    void unwrapReachesTheWrapperAndTheStub(Path path, Class<?> wrapperType, Class<?> stubType) throws SQLException {
        Wrapper wrapper = (Wrapper) path.from(connection);
        assertInstanceOf(wrapperType, wrapper);
        assertTrue(wrapper.isWrapperFor(wrapperType));
        assertTrue(wrapper.isWrapperFor(stubType));
        assertSame(wrapper, wrapper.unwrap(wrapperType));
        Object unwrapped = wrapper.unwrap(stubType);
        assertInstanceOf(stubType, unwrapped);
        assertFalse(wrapper.isWrapperFor(String.class));
        assertThrows(SQLException.class, () -> wrapper.unwrap(String.class));
    }

    static Stream<Arguments> everyWrapper() {
        return Stream.concat(
                wrappersAndStubs().map(arguments -> Arguments.of(arguments.get()[0])),
                Stream.of(
                        Arguments.of((Path) c -> c.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)),
                        Arguments.of((Path) c -> c.prepareStatement("SELECT ? FROM DUAL")),
                        Arguments.of((Path) c -> c.getMetaData().getTables(null, null, "T", null)),
                        Arguments.of((Path) c -> c.prepareStatement(
                                        "CREATE TABLE x (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY)")
                                .getParameterMetaData())));
    }

    /** A null interface is no interface: unwrap refuses it with a SQLState (HY009), isWrapperFor answers false. */
    @ParameterizedTest
    @MethodSource("everyWrapper")
    void aNullInterfaceIsRefusedWithASqlState(Path path) throws SQLException {
        Wrapper wrapper = (Wrapper) path.from(connection);
        assertFalse(wrapper.isWrapperFor(null));
        SQLException refused = assertThrows(SQLException.class, () -> wrapper.unwrap(null));
        assertEquals("HY009", refused.getSQLState(), wrapper.getClass().getName());
    }

    @Test
    void unwrapGivesTheVeryStubConnection() throws SQLException {
        assertSame(stub, connection.unwrap(StubConnection.class));
        assertSame(
                stub,
                connection.getMetaData().unwrap(StubDatabaseMetaData.class).getConnection());
    }

    @Test
    void closingTheConnectionClosesEveryStatementThenTheStubConnection() throws SQLException {
        List<Statement> statements = List.of(
                connection.createStatement(), connection.prepareStatement(QUERY), connection.prepareCall("{call p}"));
        stub.clearEvents();
        connection.close();
        for (Statement statement : statements) {
            assertTrue(statement.isClosed(), statement.toString());
        }
        assertEquals(3, stub.statements().size());
        assertEquals(List.of(), stub.openStatements());
        assertTrue(stub.isClosed());
        assertTrue(connection.isClosed());
        assertEquals(
                List.of("close statement", "close statement", "close statement", "close connection"), stub.events());
    }

    @Test
    void closingAStatementRemovesItFromTheConnection() throws SQLException {
        Statement first = connection.createStatement();
        Statement second = connection.prepareStatement(QUERY);
        first.close();
        assertTrue(stub.statements().get(0).isClosed());
        assertFalse(stub.statements().get(1).isClosed());
        first.close();
        stub.clearEvents();
        connection.close();
        assertEquals(
                List.of("close statement", "close connection"),
                stub.events(),
                "only the statement still open is closed with the connection");
        assertTrue(second.isClosed());
    }

    @Test
    void statementsClosedBeforeTheConnectionAreNotClosedAgain() throws SQLException {
        Statement first = connection.createStatement();
        Statement second = connection.prepareStatement(QUERY);
        first.close();
        second.close();
        stub.clearEvents();
        connection.close();
        assertEquals(List.of("close connection"), stub.events(), "closed statements are not closed again");
    }

    @Test
    void aClosedStatementHasNoConnection() throws SQLException {
        Statement statement = connection.createStatement();
        statement.close();
        SQLException e = assertThrows(SQLException.class, statement::getConnection);
        assertEquals("HY010", e.getSQLState());
    }

    @Test
    void aClosedResultSetHasNoStatement() throws SQLException {
        ResultSet rows = connection.createStatement().executeQuery(QUERY);
        rows.close();
        assertTrue(rows.isClosed());
        SQLException e = assertThrows(SQLException.class, rows::getStatement);
        assertEquals("24000", e.getSQLState());
    }

    @Test
    void rerunningAStatementGivesANewResultWrapper() throws SQLException {
        Statement statement = connection.createStatement();
        ResultSet first = statement.executeQuery(QUERY);
        ResultSet second = statement.executeQuery(QUERY);
        assertNotNull(second);
        assertTrue(first.isClosed(), "the driver closes the previous result set");
        assertSame(statement, second.getStatement());
        assertNotSame(first, second);
    }
}
