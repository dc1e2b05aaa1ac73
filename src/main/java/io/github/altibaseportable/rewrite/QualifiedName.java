package io.github.altibaseportable.rewrite;

/**
 * A table or sequence name as the catalog stores it: {@code schema} (the owner; {@code null} for the
 * connected user's schema) and {@code name}, unquoted names upper-cased, quoted names exact.
 */
public record QualifiedName(String schema, String name) {

    public QualifiedName {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a name is needed");
        }
    }

    /** The stored name of {@code schema.name} as written in SQL ({@code schema} may be {@code null}). */
    public static QualifiedName written(String schema, String name) {
        return new QualifiedName(schema == null ? null : Identifiers.catalogName(schema), Identifiers.catalogName(name));
    }

    /** The name as SQL that reads back this very object: {@code "SCHEMA"."NAME"}, quoted. */
    public String quoted() {
        return schema == null ? Identifiers.quote(name) : Identifiers.quote(schema) + "." + Identifiers.quote(name);
    }

    @Override
    public String toString() {
        return schema == null ? name : schema + "." + name;
    }
}
