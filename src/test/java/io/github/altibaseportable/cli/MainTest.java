package io.github.altibaseportable.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, String... args) {
        return Main.run(
                args,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void translatesStandardInputOneStatementPerBlockEndingWithSemicolonLine() {
        int status = run("SELECT a FROM t ORDER BY a LIMIT 10 OFFSET 20; SELECT 1 FROM DUAL;", "translate");
        assertEquals(0, status, err());
        assertEquals("SELECT a FROM t ORDER BY a LIMIT 21, 10\n;\nSELECT 1 FROM DUAL\n;\n", out());
    }

    @Test
    void translatesFilesInOrder(@TempDir Path dir) throws IOException {
        Path first = Files.writeString(dir.resolve("a.sql"), "SELECT a FROM t OFFSET 1 ROWS;");
        Path second = Files.writeString(dir.resolve("b.sql"), "SELECT b FROM u FETCH FIRST 2 ROWS ONLY");
        assertEquals(0, run("", "translate", first.toString(), second.toString()), err());
        assertEquals("SELECT a FROM t LIMIT 2, 9223372036854775807\n;\nSELECT b FROM u LIMIT 2\n;\n", out());
    }

    @Test
    void sourceDialectOptionChangesTheRewrite() {
        assertEquals(0, run("SELECT a FROM t LIMIT 0, 5", "translate", "--sourceDialect=mysql"), err());
        assertEquals("SELECT a FROM t LIMIT 1, 5\n;\n", out());
        out.reset();
        assertEquals(0, run("SELECT a FROM t LIMIT 0, 5", "translate", "--portable.sourceDialect=portable"), err());
        assertEquals("SELECT a FROM t LIMIT 0, 5\n;\n", out());
    }

    @Test
    void statementsThatCannotBeRewrittenAreSentAsWrittenWithANote() {
        assertEquals(0, run("SELECT a FROM t FETCH FIRST 5 ROWS WITH TIES;", "translate"));
        assertEquals("SELECT a FROM t FETCH FIRST 5 ROWS WITH TIES\n;\n", out());
        assertTrue(err().contains("sent as written"), err());
    }

    @Test
    void anUpsertThatNeedsTheCatalogIsPrintedAsWrittenWithAComment() {
        String upsert = "INSERT INTO t (id, v) VALUES (1, 2) ON DUPLICATE KEY UPDATE v = VALUES(v)";
        assertEquals(0, run(upsert + ";", "translate"));
        assertEquals(
                "-- the driver sends this as a MERGE on the unique key of T the row sets (read from the catalog)\n"
                        + upsert + "\n;\n",
                out());
        assertTrue(err().contains("unique keys of T"), err());
        out.reset();
        assertEquals(1, run(upsert + ";", "translate", "--strict=true"));
    }

    @Test
    void aStatementsLeadingCommentComesBeforeItsCompanions() {
        assertEquals(0, run("-- the table\nCREATE TABLE t (id INT AUTO_INCREMENT, v INT);", "translate"), err());
        assertEquals("""
                     -- the table
                     CREATE SEQUENCE T_ID_SEQ START WITH 1 INCREMENT BY 1
                     ;
                     CREATE TABLE t (id INT DEFAULT T_ID_SEQ.NEXTVAL, v INT)
                     ;
                     """, out());
    }

    @Test
    void aGuardThatCoversTheCompanionsComesBeforeTheFirstOfThem() {
        assertEquals(
                0,
                run(
                        "CREATE TABLE IF NOT EXISTS t (id INT AUTO_INCREMENT, v INT);\nDROP VIEW IF EXISTS w;",
                        "translate"),
                err());
        assertEquals(
                "-- only if table T does not exist (checked once, before the first of the 2 steps below; none of "
                        + "them runs otherwise)\nCREATE SEQUENCE T_ID_SEQ START WITH 1 INCREMENT BY 1\n;\n"
                        + "CREATE TABLE t (id INT DEFAULT T_ID_SEQ.NEXTVAL, v INT)\n;\n"
                        + "-- only if view W exists\nDROP VIEW w\n;\n",
                out());
    }

    @Test
    @SuppressWarnings("StringConcatToTextBlock") // one script line a literal, as the translator reads it
    void everyStatementTheDriverCannotExpressIsNotedAndStrictModeRefusesIt() {
        String script = "INSERT IGNORE INTO vets VALUES (1, 'James', 'Carter'), (2, 'Helen', 'Leary');\n"
                + "INSERT IGNORE INTO vets SELECT * FROM staging;\nSELECT 1 FROM DUAL;\n"
                + "CREATE TABLE pets (id INT(4) UNSIGNED, kind ENUM('cat', 'dog'));\n"
                + "CREATE TABLE prices (price DECIMAL(10,2) UNSIGNED);";
        assertEquals(0, run(script, "translate", "--sourceDialect=mysql"));
        assertEquals(
                2,
                err().lines()
                        .filter(line -> line.contains("sent as written (upserts: "))
                        .count(),
                err());
        assertEquals(
                2,
                err().lines()
                        .filter(line -> line.contains("sent as written (types: "))
                        .count(),
                err());
        err.reset();
        assertEquals(1, run(script, "translate", "--sourceDialect=mysql", "--strict=true"));
        assertEquals(4, err().lines().filter(line -> line.contains("strict")).count(), err());
    }

    @Test
    void strictModeFailsWithStatusOne() {
        assertEquals(1, run("SELECT a FROM t FETCH FIRST 5 ROWS WITH TIES;", "translate", "--strict=true"));
        assertEquals("", out());
        assertTrue(err().contains("42000") || err().contains("strict"), err());
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(2, run("SELECT 1", "translate", "--nope=1"));
        assertTrue(err().contains("portable.nope"), err());
    }

    @Test
    void badOptionValueIsAUsageError() {
        assertEquals(2, run("SELECT 1", "translate", "--sourceDialect=oracle"));
        assertTrue(err().contains("sourceDialect"), err());
    }

    @Test
    void missingFileIsAUsageError(@TempDir Path dir) {
        assertEquals(2, run("", "translate", dir.resolve("missing.sql").toString()));
        assertTrue(err().contains("missing.sql"), err());
    }

    @Test
    void noArgumentsPrintsUsage() {
        assertEquals(2, run(""));
        assertTrue(err().contains("translate"), err());
        assertTrue(err().contains("--sourceDialect"), err());
    }

    @Test
    void unknownCommandIsAUsageError() {
        assertEquals(2, run("", "explain"));
        assertTrue(err().contains("unknown command"), err());
    }

    @Test
    void bundledExampleTranslates() throws IOException {
        String example = Files.readString(Path.of("examples/portable.sql"));
        assertEquals(0, run(example, "translate"), err());
        assertTrue(out().contains("order by b1_0.id LIMIT ?, ?\n;\n"), out());
        assertTrue(out().contains("SELECT seq_book.NEXTVAL FROM DUAL\n;\n"), out());
        assertEquals("", err());
    }
}
