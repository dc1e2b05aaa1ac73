package io.github.altibaseportable.jmh;

import io.github.altibaseportable.driver.PortableDriver;
import io.github.altibaseportable.driver.PortableUrl;
import io.github.altibaseportable.stub.StubConnection;
import io.github.altibaseportable.stub.StubDriver;
import io.github.altibaseportable.stub.StubRows;
import io.github.altibaseportable.stub.StubSequence;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/**
 * The end-to-end benchmark: the same work through the Altibase JDBC driver ({@code jdbc:Altibase:}) and
 * through this driver ({@code jdbc:altibase-portable:}) on a real server, in rounds that run every
 * {@link Workload} through both drivers in turn (the order alternating from round to round), so that a
 * change in the server's or the network's speed during the run weighs on both alike. It reports, per
 * workload, each driver's median time per operation over the measured rounds and the median of the
 * rounds' ratios portable / raw (target: at most {@value #TARGET}). The batch with generated keys is
 * compared with the same batch without keys through the Altibase driver, which cannot return the keys of
 * a sequence default: its ratio is the price of the keys, reported apart.
 *
 * <p>The server is {@code ALTIBASE_URL} (this driver's URL), {@code ALTIBASE_USER} and
 * {@code ALTIBASE_PASSWORD}, each a system property or else an environment variable, as for the
 * {@code *LiveIT} tests; the Altibase driver gets the same host, port, database, user and password.
 * Without {@code ALTIBASE_URL} it says so and exits. It creates three tables whose names no other run
 * uses in the user's schema, and drops them at the end (even after a failure). Options: {@code --rounds n} (measured, default
 * 10), {@code --warmup n} (rounds not counted, default 3), {@code --ops n} (statements per workload,
 * driver and round, default 300), {@code --batches n} (batches of {@value #BATCH} rows, default 5), and
 * {@code --stub}: run on the test suite's stub driver instead of a server, to check the harness itself
 * (the figures then mean nothing).
 */
public final class EndToEnd {
    /** The most portable / raw may be, per workload. */
    static final double TARGET = 1.02;
    /** Rows in a batch. */
    static final int BATCH = 500;
    /** Rows of the table the queries read. */
    static final int ROWS = 1_000;
    /** Rows of a page. */
    static final int PAGE = 10;
    /** The Altibase JDBC driver's class. */
    static final String ALTIBASE_DRIVER = "Altibase.jdbc.driver.AltibaseDriver";

    /** What is measured: one operation of each, per driver. */
    enum Workload {
        /** A point query prepared once, executed with a new key each time, its row read. */
        POINT("prepared point query"),
        /** The same point query prepared, executed, read and closed each time. */
        PREPARE_PER_CALL("prepare per call"),
        /** A page of {@value EndToEnd#PAGE} rows of an ordered query, prepared once, offset and count bound. */
        PAGING("bound paging"),
        /** A batch of {@value EndToEnd#BATCH} inserts. */
        BATCH("batch of 500 inserts"),
        /**
         * A batch of {@value EndToEnd#BATCH} inserts into a table whose key defaults to a sequence; through
         * this driver with {@code RETURN_GENERATED_KEYS}, every key read.
         */
        BATCH_KEYS("batch of 500, generated keys");

        final String title;

        Workload(String title) {
            this.title = title;
        }
    }

    private final Connection raw;
    private final Connection portable;
    private final String item;
    private final String log;
    private final String keyed;
    private int nextLogId;
    private int nextKey;

    private EndToEnd(Connection raw, Connection portable, String prefix) {
        this.raw = raw;
        this.portable = portable;
        this.item = prefix + "_ITEM";
        this.log = prefix + "_LOG";
        this.keyed = prefix + "_KEYED";
    }

    public static void main(String[] args) throws SQLException {
        Options options = Options.parse(args);
        String prefix = ("E2E_" + UUID.randomUUID().toString().substring(0, 8)).toUpperCase(Locale.ROOT);
        Connection raw;
        Connection portable;
        if (options.stub) {
            raw = new StubDriver().connect(StubDriver.URL_PREFIX + "//localhost:20300/mydb", StubDriver.properties());
            portable = new PortableDriver()
                    .connect(PortableUrl.PREFIX + "//localhost:20300/mydb", StubDriver.properties());
            scriptStub(raw.unwrap(StubConnection.class), prefix, false);
            scriptStub(portable.unwrap(StubConnection.class), prefix, true);
        } else {
            String url = setting("ALTIBASE_URL");
            if (url == null) {
                System.out.println("ALTIBASE_URL is not set: end-to-end benchmark skipped. Set ALTIBASE_URL (a "
                        + PortableUrl.PREFIX + " URL), ALTIBASE_USER and ALTIBASE_PASSWORD, or run with --stub to "
                        + "check the harness on the stub driver.");
                return;
            }
            Properties login = new Properties();
            for (String[] setting : new String[][] {{"user", "ALTIBASE_USER"}, {"password", "ALTIBASE_PASSWORD"}}) {
                if (setting(setting[1]) != null) {
                    login.setProperty(setting[0], setting(setting[1]));
                }
            }
            raw = altibaseDriver().connect(PortableUrl.parse(url).altibaseUrl(), login);
            portable = new PortableDriver().connect(url, login);
        }
        try (raw;
                portable) {
            EndToEnd run = new EndToEnd(raw, portable, prefix);
            try {
                run.create();
                System.out.println(run.measure(options));
            } finally {
                run.drop();
            }
        }
    }

    /** A setting of the live tests: a system property, else an environment variable. */
    private static String setting(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name);
        }
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static Driver altibaseDriver() throws SQLException {
        try {
            return (Driver)
                    Class.forName(ALTIBASE_DRIVER).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new SQLException("cannot load the Altibase JDBC driver " + ALTIBASE_DRIVER + ": " + e, e);
        }
    }

    /**
     * Makes a stub connection answer as the server would: a row for the point query, a page for the paging
     * query and, for this driver's connection, the keyed table's columns and its identity's sequence.
     */
    private static void scriptStub(StubConnection stub, String prefix, boolean portable) {
        stub.onQuery("where id = \\?", StubRows.columns("ID", "NAME", "QTY").row(1, "item 1", 1));
        StubRows page = StubRows.columns("ID", "NAME", "QTY");
        for (int i = 1; i <= PAGE; i++) {
            page = page.row(i, "item " + i, i);
        }
        stub.onQuery("order by id", page);
        stub.onUpdate("^insert into ", 1);
        if (portable) {
            String table = prefix + "_KEYED";
            String sequence = table + "_ID_SEQ";
            stub.onCatalogColumns(
                    table,
                    new Object[] {"SYS", "ID", -5, 19, 0, sequence + ".NEXTVAL"},
                    new Object[] {"SYS", "NAME", 12, 40, 0, null},
                    new Object[] {"SYS", "QTY", 4, 10, 0, null});
            new StubSequence(sequence, 1).on(stub, "^insert into " + table);
        }
    }

    private void create() throws SQLException {
        try (Statement statement = raw.createStatement()) {
            statement.execute("create table " + item + " (id integer primary key, name varchar(40), qty integer)");
            statement.execute("create table " + log + " (id integer primary key, name varchar(40), qty integer)");
        }
        try (Statement statement = portable.createStatement()) {
            statement.execute("create table " + keyed + " (id bigint generated by default as identity, "
                    + "name varchar(40), qty integer, primary key (id))");
        }
        try (PreparedStatement insert =
                raw.prepareStatement("insert into " + item + " (id, name, qty) values (?, ?, ?)")) {
            for (int id = 1; id <= ROWS; id++) {
                insert.setInt(1, id);
                insert.setString(2, "item " + id);
                insert.setInt(3, id % 100);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Drops the tables that exist (the keyed one through this driver, which drops its identity's sequence too). */
    private void drop() {
        dropQuietly(raw, item);
        dropQuietly(raw, log);
        dropQuietly(portable, keyed);
    }

    private static void dropQuietly(Connection connection, String table) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("drop table " + table);
        } catch (SQLException e) {
            System.err.println("could not drop " + table + " (it may not have been created): " + e.getMessage());
        }
    }

    private Report measure(Options options) throws SQLException {
        Report report = new Report(options);
        for (int round = 0; round < options.warmup + options.rounds; round++) {
            for (Workload workload : Workload.values()) {
                int ops = workload == Workload.BATCH || workload == Workload.BATCH_KEYS ? options.batches : options.ops;
                boolean rawFirst = round % 2 == 0;
                double first = perOperation(workload, rawFirst ? raw : portable, ops);
                double second = perOperation(workload, rawFirst ? portable : raw, ops);
                if (round >= options.warmup) {
                    report.add(workload, rawFirst ? first : second, rawFirst ? second : first);
                }
            }
            try (Statement statement = raw.createStatement()) {
                statement.execute("truncate table " + log);
                statement.execute("truncate table " + keyed);
            }
        }
        return report;
    }

    /** Nanoseconds per operation of {@code ops} operations of {@code workload} on {@code connection}. */
    private double perOperation(Workload workload, Connection connection, int ops) throws SQLException {
        long start = System.nanoTime();
        switch (workload) {
            case POINT:
                try (PreparedStatement statement = connection.prepareStatement(pointQuery())) {
                    for (int i = 0; i < ops; i++) {
                        readPoint(statement);
                    }
                }
                break;
            case PREPARE_PER_CALL:
                for (int i = 0; i < ops; i++) {
                    try (PreparedStatement statement = connection.prepareStatement(pointQuery())) {
                        readPoint(statement);
                    }
                }
                break;
            case PAGING:
                try (PreparedStatement statement = connection.prepareStatement(
                        connection == raw
                                ? "select id, name, qty from " + item + " order by id limit ?, ?"
                                : "select id, name, qty from " + item + " order by id limit ? offset ?")) {
                    for (int i = 0; i < ops; i++) {
                        readPage(statement, connection == raw, i * 7 % (ROWS - PAGE));
                    }
                }
                break;
            case BATCH:
                for (int i = 0; i < ops; i++) {
                    batch(connection);
                }
                break;
            default:
                for (int i = 0; i < ops; i++) {
                    keyedBatch(connection);
                }
        }
        return (System.nanoTime() - start) / (double) ops;
    }

    private String pointQuery() {
        return "select id, name, qty from " + item + " where id = ?";
    }

    private void readPoint(PreparedStatement statement) throws SQLException {
        nextKey = nextKey % ROWS + 1;
        statement.setInt(1, nextKey);
        expect(readAll(statement.executeQuery(), 2) == 1, "one row");
    }

    /** Rows {@code offset + 1} to {@code offset + PAGE}: bound as Altibase's 1-based start, or as LIMIT ? OFFSET ?. */
    private static void readPage(PreparedStatement statement, boolean altibaseForm, int offset) throws SQLException {
        statement.setInt(1, altibaseForm ? offset + 1 : PAGE);
        statement.setInt(2, altibaseForm ? PAGE : offset);
        expect(readAll(statement.executeQuery(), 2) == PAGE, PAGE + " rows");
    }

    /** Reads every row of {@code result} (the value in {@code column}), closes it, and counts the rows. */
    private static int readAll(ResultSet result, int column) throws SQLException {
        try (result) {
            int rows = 0;
            while (result.next()) {
                result.getObject(column);
                rows++;
            }
            return rows;
        }
    }

    private void batch(Connection connection) throws SQLException {
        try (PreparedStatement insert =
                connection.prepareStatement("insert into " + log + " (id, name, qty) values (?, ?, ?)")) {
            for (int i = 0; i < BATCH; i++) {
                insert.setInt(1, ++nextLogId);
                insert.setString(2, "log " + nextLogId);
                insert.setInt(3, i);
                insert.addBatch();
            }
            expect(insert.executeBatch().length == BATCH, BATCH + " update counts");
        }
    }

    /** Through this driver with generated keys, all read; through the Altibase driver without. */
    private void keyedBatch(Connection connection) throws SQLException {
        String sql = "insert into " + keyed + " (name, qty) values (?, ?)";
        try (PreparedStatement insert = connection == raw
                ? raw.prepareStatement(sql)
                : portable.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < BATCH; i++) {
                insert.setString(1, "keyed " + i);
                insert.setInt(2, i);
                insert.addBatch();
            }
            expect(insert.executeBatch().length == BATCH, BATCH + " update counts");
            if (connection == portable) {
                expect(readAll(insert.getGeneratedKeys(), 1) == BATCH, BATCH + " generated keys");
            }
        }
    }

    private static void expect(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("expected " + what);
        }
    }

    /** The command line. */
    private record Options(boolean stub, int rounds, int warmup, int ops, int batches) {
        static Options parse(String[] args) {
            boolean stub = false;
            int rounds = 10;
            int warmup = 3;
            int ops = 300;
            int batches = 5;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--stub":
                        stub = true;
                        break;
                    case "--rounds":
                        rounds = positive(args, ++i);
                        break;
                    case "--warmup":
                        warmup = Integer.parseInt(value(args, ++i));
                        break;
                    case "--ops":
                        ops = positive(args, ++i);
                        break;
                    case "--batches":
                        batches = positive(args, ++i);
                        break;
                    default:
                        throw new IllegalArgumentException("unknown option " + args[i]
                                + " (--stub, --rounds n, --warmup n, --ops n, --batches n)");
                }
            }
            return new Options(stub, rounds, warmup, ops, batches);
        }

        private static String value(String[] args, int i) {
            if (i >= args.length) {
                throw new IllegalArgumentException(args[i - 1] + " needs a number");
            }
            return args[i];
        }

        private static int positive(String[] args, int i) {
            int n = Integer.parseInt(value(args, i));
            if (n < 1) {
                throw new IllegalArgumentException(args[i - 1] + " must be at least 1");
            }
            return n;
        }
    }

    /** The measured rounds' times per workload, and the table of medians. */
    private static final class Report {
        private final Options options;
        private final Map<Workload, List<double[]>> rounds = new EnumMap<>(Workload.class);

        Report(Options options) {
            this.options = options;
        }

        void add(Workload workload, double rawNanos, double portableNanos) {
            rounds.computeIfAbsent(workload, w -> new ArrayList<>()).add(new double[] {rawNanos, portableNanos});
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder(String.format(
                    Locale.ROOT,
                    "%s, %d measured rounds after %d, %d statements or %d batches of %d per workload, driver and round%n",
                    options.stub ? "STUB DRIVER (checks the harness; the figures mean nothing)" : "Altibase server",
                    options.rounds,
                    options.warmup,
                    options.ops,
                    options.batches,
                    BATCH));
            text.append(String.format(
                    Locale.ROOT,
                    "%-30s %12s %12s %8s %15s  %s%n",
                    "workload",
                    "raw µs/op",
                    "portable µs/op",
                    "ratio",
                    "rounds min-max",
                    "target <= " + TARGET));
            for (Map.Entry<Workload, List<double[]>> entry : rounds.entrySet()) {
                List<double[]> times = entry.getValue();
                double ratio =
                        median(times.stream().mapToDouble(t -> t[1] / t[0]).toArray());
                double[] ratios =
                        times.stream().mapToDouble(t -> t[1] / t[0]).sorted().toArray();
                boolean keys = entry.getKey() == Workload.BATCH_KEYS;
                text.append(String.format(
                        Locale.ROOT,
                        "%-30s %12.1f %12.1f %8.3f %7.3f-%-7.3f  %s%n",
                        entry.getKey().title,
                        median(times.stream().mapToDouble(t -> t[0]).toArray()) / 1000,
                        median(times.stream().mapToDouble(t -> t[1]).toArray()) / 1000,
                        ratio,
                        ratios[0],
                        ratios[ratios.length - 1],
                        keys ? "apart: the keys' price (raw: no keys)" : ratio <= TARGET ? "pass" : "FAIL"));
            }
            return text.toString();
        }

        private static double median(double[] values) {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            int middle = sorted.length / 2;
            return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }
    }
}
