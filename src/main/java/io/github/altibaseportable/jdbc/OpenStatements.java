package io.github.altibaseportable.jdbc;

import java.util.Arrays;

/**
 * The statements a connection has opened and not yet closed, so that closing the connection closes
 * them. An array list guarded by its monitor: adding and removing never blocks on I/O.
 */
final class OpenStatements {
    private PortableStatement[] items = new PortableStatement[8];
    private int size;

    synchronized void add(PortableStatement statement) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        items[size++] = statement;
    }

    /** Forgets {@code statement}; statements are usually closed newest first, so search from the end. */
    synchronized void remove(PortableStatement statement) {
        for (int i = size - 1; i >= 0; i--) {
            if (items[i] == statement) {
                System.arraycopy(items, i + 1, items, i, size - i - 1);
                items[--size] = null;
                return;
            }
        }
    }

    /** Takes every open statement out of the list. */
    synchronized PortableStatement[] drain() {
        PortableStatement[] open = Arrays.copyOf(items, size);
        Arrays.fill(items, 0, size, null);
        size = 0;
        return open;
    }
}
