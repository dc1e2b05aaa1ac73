package io.github.altibaseportable.rewrite;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a {@code CREATE TABLE} tells the generated-keys support once it has run: the columns of the new
 * table whose default is a sequence's {@code NEXTVAL}, and each one's sequence (stored names).
 */
public record IdentityColumns(QualifiedName table, Map<String, QualifiedName> sequences) implements KeysPlan {

    public IdentityColumns {
        sequences = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sequences));
    }
}
