package io.github.altibaseportable.rewrite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ParameterMappingTest {

    @Test
    void identityIsNoMapping() {
        assertNull(ParameterMapping.of(3, new int[] {1, 2, 3}, new long[3]));
        assertNull(ParameterMapping.of(0, new int[0], new long[0]));
    }

    @Test
    void reorderedAndShifted() {
        ParameterMapping mapping = ParameterMapping.of(2, new int[] {2, 1}, new long[] {1, 0});
        assertArrayEquals(new int[] {2}, mapping.targets(1));
        assertArrayEquals(new int[] {1}, mapping.targets(2));
        assertEquals(1, mapping.shift(2, 0));
        assertEquals(0, mapping.shift(1, 0));
        assertEquals(2, mapping.originalCount());
        assertEquals(2, mapping.delegateCount());
        assertEquals("2+1 1", mapping.toString());
        assertEquals(2, mapping.originalAt(1));
    }

    @Test
    void oneParameterAtSeveralPositions() {
        ParameterMapping mapping = ParameterMapping.of(2, new int[] {1, 2, 1, 2}, new long[4]);
        assertArrayEquals(new int[] {1, 3}, mapping.targets(1));
        assertArrayEquals(new int[] {2, 4}, mapping.targets(2));
        assertEquals("1 2 1 2", mapping.toString());
    }

    @Test
    void shiftOnlyIsStillAMapping() {
        ParameterMapping mapping = ParameterMapping.of(1, new int[] {1}, new long[] {1});
        assertEquals("1+1", mapping.toString());
        assertEquals(-3, ParameterMapping.of(1, new int[] {1}, new long[] {-3}).shift(1, 0));
    }

    @Test
    void outOfRange() {
        ParameterMapping mapping = ParameterMapping.of(2, new int[] {2, 1}, new long[2]);
        assertThrows(IndexOutOfBoundsException.class, () -> mapping.targets(0));
        assertThrows(IndexOutOfBoundsException.class, () -> mapping.targets(3));
        assertThrows(IllegalArgumentException.class, () -> ParameterMapping.of(1, new int[] {2}, new long[1]));
    }
}
