package io.github.altibaseportable.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.altibaseportable.rewrite.Precheck.Verdict;

class PrecheckTest {
    private final Precheck precheck = new Precheck(List.of("limit", "OFFSET", "Auto_Increment"), "`");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "SELECT a FROM t                                   | UNCHANGED",
        "SELECT a FROM t LIMIT 5                           | PARSE",
        "select a from t limit 5                           | PARSE",
        "SELECT a FROM t LiMiT 5                           | PARSE",
        "SELECT a FROM t OFFSET 1                          | PARSE",
        "CREATE TABLE t (id INT AUTO_INCREMENT)            | PARSE",
        "SELECT 'LIMIT 5' FROM t                           | UNCHANGED",
        "SELECT 'it''s LIMIT' FROM t                       | UNCHANGED",
        "SELECT \"LIMIT\" FROM t                           | UNCHANGED",
        "SELECT a FROM t -- LIMIT 5                        | UNCHANGED",
        "SELECT a /* LIMIT 5 */ FROM t                     | UNCHANGED",
        "SELECT limited, offsets, _limit, limit_ FROM t    | UNCHANGED",
        "SELECT a$limit, limit#1 FROM t                    | UNCHANGED",
        "SELECT `a` FROM t                                 | PARSE",
        "SELECT 고객LIMIT FROM t                            | UNCHANGED",
        "SELECT a FROM t /* portable:skip */ LIMIT 5       | SKIP_MARKER",
        "SELECT a FROM t /*   PORTABLE:SKIP  */            | SKIP_MARKER",
        "SELECT a FROM t /* portable:skip please */ LIMIT 1| PARSE",
        "SELECT a FROM t /* unterminated LIMIT             | UNCHANGED",
        "SELECT 'unterminated LIMIT                        | UNCHANGED",
        "LIMIT                                             | PARSE",
        "SELECT t.limit, s.offset FROM t                   | UNCHANGED",
        "SELECT t. limit FROM t                            | PARSE",
        "SELECT t.a FROM t LIMIT 1                         | PARSE",
    })
    void verdicts(String sql, Verdict expected) {
        assertEquals(expected, precheck.check(sql.strip()), sql);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "SELECT `a` FROM t | UNCHANGED",
        "SELECT a FROM t   | UNCHANGED",
    })
    void backtickIsSkippedAsAQuoteWhenNoRuleWantsIt(String sql, Verdict expected) {
        Precheck withoutBacktick = new Precheck(List.of("LIMIT"), "");
        assertEquals(expected, withoutBacktick.check(sql.strip()));
        assertEquals(Verdict.UNCHANGED, withoutBacktick.check("SELECT `LIMIT` FROM t"));
    }
}
