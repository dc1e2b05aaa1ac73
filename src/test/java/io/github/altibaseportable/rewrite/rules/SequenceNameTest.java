package io.github.altibaseportable.rewrite.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.altibaseportable.rewrite.QualifiedName;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SequenceNameTest {

    @ParameterizedTest(name = "{0}.{1}.{2} -> {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "     | book     | id      | BOOK_ID_SEQ",
                "app  | book     | id      | APP.BOOK_ID_SEQ",
                "     | \"Order\"  | id      | \"Order_ID_SEQ\"",
                "     | book     | \"Id\"    | \"BOOK_Id_SEQ\"",
                "\"App\" | book   | id      | \"App\".BOOK_ID_SEQ",
                "     | `users`  | `id`    | USERS_ID_SEQ",
                "     | \"ORDER\"  | \"ID\"    | \"ORDER_ID_SEQ\"",
                "     | 주문       | 번호      | \"주문_번호_SEQ\""
            })
    void namesFollowTheTableAndColumn(String schema, String table, String column, String expected) {
        assertEquals(expected, SequenceName.of(schema, table, column).sql());
    }

    @Test
    void theStoredNameIsWhatTheCatalogHolds() {
        assertEquals(
                new QualifiedName("APP", "BOOK_ID_SEQ"),
                SequenceName.of("app", "book", "id").stored());
        assertEquals(
                new QualifiedName("App", "Order_Id_SEQ"),
                SequenceName.of("\"App\"", "\"Order\"", "\"Id\"").stored());
    }

    @Test
    void namesOfFortyBytesAreKept() {
        String name = SequenceName.storedName("ORDER_LINE_ITEMS_ARCHIVE", "LINE_NUMBER");
        assertEquals("ORDER_LINE_ITEMS_ARCHIVE_LINE_NUMBER_SEQ", name);
        assertEquals(40, name.length());
    }

    @Test
    void longerNamesAreShortenedToFortyBytesWithAHashOfTheWholeName() {
        String name = SequenceName.storedName("ORDER_LINE_ITEMS_ARCHIVE", "LINE_NUMBERS");
        assertEquals(40, name.getBytes(StandardCharsets.UTF_8).length);
        assertTrue(name.startsWith("ORDER_LINE_ITEMS_ARCHIVE_LI_"), name);
        assertTrue(name.endsWith("_SEQ"), name);
        assertEquals(name, SequenceName.storedName("ORDER_LINE_ITEMS_ARCHIVE", "LINE_NUMBERS"));
        assertNotEquals(
                name,
                SequenceName.storedName("ORDER_LINE_ITEMS_ARCHIVE", "LINE_NUMBERZ"),
                "names that share their first bytes still differ");
    }

    @Test
    void multiByteNamesAreCutBetweenCharacters() {
        String name = SequenceName.storedName("고객_주문_상세_내역_보관", "주문_상세_번호");
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        assertTrue(bytes <= 40, name + " has " + bytes + " bytes");
        assertTrue(name.startsWith("고객_주문_상세_내역_"), name);
        assertEquals(new String(name.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8), name);
    }
}
