package io.github.altibaseportable.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What {@link HibernateLiveIT} names as the PostgreSQL version, read from the Hibernate on the class path. */
class HibernateVersionTest {

    @Test
    void hibernate66SupportsPostgresql12AndLater() {
        assertEquals("6.6", org.hibernate.Version.getVersionString().substring(0, 3));
        assertEquals("12", HibernateLiveIT.oldestPostgresql());
    }
}
