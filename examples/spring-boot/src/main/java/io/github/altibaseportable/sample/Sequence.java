package io.github.altibaseportable.sample;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A named counter, in table {@code sequence}: a reserved word in Altibase. */
@Entity
public class Sequence {
    @Id
    private String name;
    private long nextId;

    protected Sequence() {
    }

    public Sequence(String name, long nextId) {
        this.name = name;
        this.nextId = nextId;
    }

    public String getName() {
        return name;
    }

    public long getNextId() {
        return nextId;
    }

    /** Takes the next number. */
    public long take() {
        return nextId++;
    }
}
