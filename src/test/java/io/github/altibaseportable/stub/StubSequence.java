package io.github.altibaseportable.stub;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * A sequence as an Altibase server keeps it, for stub connections: its values are shared by every
 * connection; {@code SELECT seq.NEXTVAL FROM DUAL CONNECT BY LEVEL <= ?} draws as many as bound; an
 * INSERT whose column default is the sequence draws one when it runs; {@code CURRVAL} is the last value
 * the connection drew (error 200819, SQLState 3F000, before it drew any). The values column defaults
 * stored are kept, in order ({@link #storedByDefaults()}).
 */
public final class StubSequence {
    private final String name;
    private final AtomicLong last;
    private final List<Long> storedByDefaults = Collections.synchronizedList(new ArrayList<>());

    /** The sequence called {@code name} (as stored), whose first value is {@code start}. */
    public StubSequence(String name, long start) {
        this.name = name;
        this.last = new AtomicLong(start - 1);
    }

    /**
     * Makes {@code connection} know this sequence (its server has it), answer its draws and {@code CURRVAL} (written quoted, with or
     * without a schema, as the driver writes it), and draw a value each time it runs an update in which
     * {@code defaultFiringInsert} finds a match (an INSERT that leaves the column to its default).
     */
    public StubSequence on(StubConnection connection, String defaultFiringInsert) {
        connection.rules().given("CREATE SEQUENCE \"" + name + "\"");
        AtomicLong current = new AtomicLong(Long.MIN_VALUE);
        String reference = "(\"[^\"]+\"\\.)?\"" + Pattern.quote(name) + "\"";
        connection.onQuery(reference + "\\.NEXTVAL FROM DUAL CONNECT BY LEVEL <= \\?", binds -> {
            StubRows rows = StubRows.columns("NEXTVAL");
            int count = binds.get(1) == null ? 0 : ((Number) binds.get(1)).intValue();
            for (int i = 0; i < count; i++) {
                long value = last.incrementAndGet();
                current.set(value);
                rows = rows.row(value);
            }
            return rows;
        });
        connection.onQuery(reference + "\\.CURRVAL", binds -> {
            if (current.get() == Long.MIN_VALUE) {
                throw new SQLException("The sequence is not defined in this session", "3F000", 200819);
            }
            return StubRows.single("CURRVAL", current.get());
        });
        connection.onExecute(defaultFiringInsert, binds -> {
            long value = last.incrementAndGet();
            current.set(value);
            storedByDefaults.add(value);
        });
        return this;
    }

    /** Draws a value as another session would (moving the sequence on without this connection knowing). */
    public long drawElsewhere() {
        return last.incrementAndGet();
    }

    /** The values column defaults stored, in order. */
    public List<Long> storedByDefaults() {
        synchronized (storedByDefaults) {
            return List.copyOf(storedByDefaults);
        }
    }
}
