package io.github.altibaseportable.rewrite.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.altibaseportable.rewrite.GoldenRunner;
import io.github.altibaseportable.rewrite.KeyedInsert;
import io.github.altibaseportable.rewrite.KeyedInsert.Value;
import io.github.altibaseportable.rewrite.KeysRequest;
import io.github.altibaseportable.rewrite.ParseLimits;
import io.github.altibaseportable.rewrite.QualifiedName;
import io.github.altibaseportable.rewrite.RewriteEngine;
import io.github.altibaseportable.rewrite.RewriteProfile;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class GeneratedKeysRuleTest {
    private final RewriteEngine engine = new RewriteEngine(List.of(new GeneratedKeysRule()), 0, ParseLimits.DEFAULT);

    @TestFactory
    Stream<DynamicTest> goldenTable() {
        return GoldenRunner.run(new GeneratedKeysRule(), "generatedkeys.golden");
    }

    private KeyedInsert read(String sql) {
        return assertInstanceOf(
                KeyedInsert.class,
                engine.plan(sql, KeysRequest.DEFAULT_KEYS, RewriteProfile.DEFAULT)
                        .keys());
    }

    @Test
    void eachValueIsReadForWhatItTellsOfTheKey() {
        KeyedInsert insert = read("INSERT INTO app.\"Book\" (id, \"Title\", price, code, note, n, m) "
                + "VALUES (?, 'it''s', -2.50, DEFAULT, NULL, s.NEXTVAL, NEXT VALUE FOR app.t_seq)");
        assertEquals(new QualifiedName("APP", "Book"), insert.table());
        assertEquals(List.of("ID", "Title", "PRICE", "CODE", "NOTE", "N", "M"), insert.columns());
        assertEquals(
                List.of(
                        new Value.Parameter(1),
                        new Value.Literal("it's"),
                        new Value.Literal(new BigDecimal("-2.50")),
                        new Value.Default(),
                        new Value.Literal(null),
                        new Value.NextValue(new QualifiedName(null, "S")),
                        new Value.NextValue(new QualifiedName("APP", "T_SEQ"))),
                insert.rows().get(0));
        assertEquals(1, insert.parameterCount());
        assertNull(insert.returning());
    }

    @Test
    void expressionsAndWholeNumbersAreToldApart() {
        KeyedInsert insert = read("INSERT INTO t (a, b, c) VALUES (42, 99999999999999999999, UPPER(?))");
        assertEquals(
                List.of(
                        new Value.Literal(42L),
                        new Value.Literal(new BigDecimal("99999999999999999999")),
                        new Value.Expression("UPPER(?)")),
                insert.rows().get(0));
    }

    @Test
    void returningColumnsAreStoredNames() {
        KeyedInsert insert = engine.plan(
                                        "INSERT INTO t (v) VALUES (1) RETURNING id, \"Code\"",
                                        KeysRequest.NONE,
                                        RewriteProfile.DEFAULT)
                                .keys()
                        instanceof KeyedInsert k
                ? k
                : null;
        assertEquals(List.of("ID", "Code"), insert.returning());
    }
}
