package io.github.altibaseportable.rewrite;

/**
 * A condition on the catalog that decides, at execution time, whether a step runs: "run only if
 * sequence {@code T_ID_SEQ} exists". Names are as stored in the catalog (unquoted names
 * upper-cased); {@code schema} is {@code null} for the connected user's schema.
 */
public record Guard(ObjectType type, String schema, String name, boolean mustExist) {

    /** The kinds of catalog objects a guard can test. */
    public enum ObjectType {
        TABLE,
        VIEW,
        SEQUENCE,
        INDEX,
        CONSTRAINT;

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Runs the step only when the object exists. */
    public static Guard ifExists(ObjectType type, String schema, String name) {
        return new Guard(type, schema, name, true);
    }

    /** Runs the step only when the object does not exist. */
    public static Guard ifNotExists(ObjectType type, String schema, String name) {
        return new Guard(type, schema, name, false);
    }

    /** A one-line description, as the translator prints it. */
    public String describe() {
        String qualified = schema == null ? name : schema + "." + name;
        return "only if " + type.label() + " " + qualified + (mustExist ? " exists" : " does not exist");
    }
}
