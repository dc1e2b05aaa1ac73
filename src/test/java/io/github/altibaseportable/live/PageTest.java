package io.github.altibaseportable.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The expected pages the live suite compares real results with. */
class PageTest {
    private static final List<String> ROWS = List.of("a", "b", "c", "d", "e", "f", "g");

    @Test
    void casesAreTheSpecsOffsetsAndLimits() {
        List<Page> cases = Page.cases(100);
        assertEquals(
                List.of(0, 1, 5, 99, 100, 150),
                cases.stream().map(Page::offset).distinct().collect(Collectors.toList()));
        assertEquals(
                List.of(0, 1, 10),
                cases.stream()
                        .filter(page -> page.offset() == 5)
                        .map(Page::limit)
                        .collect(Collectors.toList()));
        assertEquals(18, cases.size());
    }

    @Test
    void restsAreTheSameOffsetsWithoutLimit() {
        assertEquals(
                List.of(
                        new Page(0, null),
                        new Page(1, null),
                        new Page(5, null),
                        new Page(19, null),
                        new Page(20, null),
                        new Page(30, null)),
                Page.rests(20));
    }

    @Test
    void aPageSkipsOffsetRowsAndTakesAtMostLimit() {
        assertEquals(List.of("a", "b", "c"), new Page(0, 3).of(ROWS));
        assertEquals(List.of("b"), new Page(1, 1).of(ROWS));
        assertEquals(List.of("f", "g"), new Page(5, 10).of(ROWS));
        assertEquals(List.of(), new Page(2, 0).of(ROWS));
    }

    @Test
    void aPageWithoutLimitTakesTheRest() {
        assertEquals(List.of("e", "f", "g"), new Page(4, null).of(ROWS));
        assertEquals(ROWS, new Page(0, null).of(ROWS));
    }

    @Test
    void aPagePastTheEndIsEmpty() {
        assertEquals(List.of(), new Page(7, 1).of(ROWS));
        assertEquals(List.of(), new Page(150, 10).of(ROWS));
        assertEquals(List.of(), new Page(150, null).of(ROWS));
    }
}
