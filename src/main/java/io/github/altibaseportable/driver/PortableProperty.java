package io.github.altibaseportable.driver;

import io.github.altibaseportable.SqlState;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * This driver's own connection options, in one typed place. Each is set as a URL query parameter
 * or a connection property named {@code portable.<name>}, in any case; every other property goes to
 * the Altibase driver untouched. An unknown {@code portable.} name or a bad value is an
 * {@link SQLException} with SQLState 08001 before anything is sent.
 */
public enum PortableProperty {
    /** Rewrite portable SQL; {@code false} sends every statement as written. */
    REWRITE(
            "rewrite",
            "true",
            "Rewrite portable SQL into Altibase SQL; false sends every statement as written.",
            "true",
            "false"),
    /** Refuse statements that cannot be parsed or rewritten. */
    STRICT(
            "strict",
            "false",
            "Refuse (SQLException, SQLState 42000), instead of sending it as written, a statement "
                    + "that some rule might have to rewrite (it holds one of the rules' words) but that cannot be parsed, "
                    + "took too long to plan, or uses a portable form with no Altibase equivalent.",
            "true",
            "false"),
    /** How to read SQL text that means different things in different databases. */
    SOURCE_DIALECT(
            "sourceDialect",
            "portable",
            "The SQL dialect of the application. portable: LIMIT m, n is "
                    + "native Altibase (1-based) and kept; mysql: LIMIT m, n is MySQL's 0-based offset and rewritten, a "
                    + "backslash escapes the next character in a literal and # starts a comment; postgresql: $$...$$ and "
                    + "$tag$...$tag$ are literals and block comments nest.",
            "portable",
            "mysql",
            "postgresql"),
    /** Whether an identity's sequence moves past the keys an INSERT writes explicitly, as MySQL's AUTO_INCREMENT does. */
    IDENTITIES_PAST_EXPLICIT_KEYS(
            "identitiesPastExplicitKeys",
            "auto",
            "After an INSERT that writes explicit values "
                    + "into an identity column this driver gave a sequence, move the sequence past the largest one (as MySQL "
                    + "AUTO_INCREMENT and HSQLDB identities do). auto: true with sourceDialect=mysql, false otherwise.",
            "auto",
            "true",
            "false"),
    /** Whether the Altibase driver is given the ISO date format, unless the application gives its own. */
    ISO_DATES(
            "isoDates",
            "true",
            "Pass date_format=" + PortableProperty.ISO_DATE_FORMAT + " to the Altibase "
                    + "driver (unless date_format is given), so that strings such as '2010-09-07' and '2010-09-07 10:11:12' "
                    + "are read as dates; false keeps the server's default format (DD-MON-YYYY).",
            "true",
            "false"),
    /** Rules switched off, by name. */
    DISABLED_RULES("disabledRules", "", "Comma-separated names of rewrite rules to switch off (see README)."),
    /** Size of the rewrite cache: 2000 plans of Hibernate-sized statements retain about 5 MB (README, "Performance"). */
    CACHE_SIZE(
            "cacheSize",
            "2000",
            "Most rewrite plans kept in the cache shared by all connections with the "
                    + "same cacheSize, cacheBytes and parseTimeoutMillis; 0 turns caching off."),
    /** The byte budget of the rewrite cache. */
    CACHE_BYTES(
            "cacheBytes",
            "33554432",
            "Most bytes of SQL text (original and rewritten, two bytes a character) "
                    + "and parameter mappings that the rewrite cache keeps; a plan larger than an eighth of it is not cached."),
    /** Parse time bound. */
    PARSE_TIMEOUT_MILLIS(
            "parseTimeoutMillis",
            "1000",
            "Longest time, in milliseconds, spent planning one "
                    + "statement (parse, rules and splice); a statement that takes longer is sent as written (and refused "
                    + "in strict mode)."),
    /** Whether statements needing only paging, boolean literals or sequence calls are planned from their tokens. */
    FAST_PATH(
            "fastPath",
            "true",
            "Plan a statement whose only rewrites are its paging clause, TRUE/FALSE or "
                    + "sequence calls from its tokens, without a full parse (the same plan, faster); false parses every "
                    + "statement that holds a rule's word.",
            "true",
            "false"),
    /** The real driver's class. */
    DELEGATE_DRIVER(
            "delegateDriver",
            "Altibase.jdbc.driver.AltibaseDriver",
            "Class name of the Altibase JDBC "
                    + "driver to delegate to; it is looked up through the context class loader, this driver's class "
                    + "loader, then DriverManager.");

    /** The prefix of every option of this driver. */
    public static final String PREFIX = "portable.";
    /** The Altibase driver's connection property holding the session's date format. */
    public static final String DATE_FORMAT_PROPERTY = "date_format";
    /** The date format {@link #ISO_DATES} passes: every ISO form, down to microseconds. */
    public static final String ISO_DATE_FORMAT = "YYYY-MM-DD HH24:MI:SS.SSSSSS";

    private final String name;
    private final String defaultValue;
    private final String description;

    @SuppressWarnings("ImmutableEnumChecker") // List.of: unmodifiable
    private final List<String> choices;

    PortableProperty(String name, String defaultValue, String description, String... choices) {
        this.name = name;
        this.defaultValue = defaultValue;
        this.description = description;
        this.choices = List.of(choices);
    }

    /** {@return the name without the prefix, as the {@link PortableDataSource} setters spell it} */
    public String getName() {
        return name;
    }

    /** {@return the property key: {@code portable.<name>}} */
    public String key() {
        return PREFIX + name;
    }

    /** {@return the value when none is given, as the README's option table shows it} */
    public String getDefaultValue() {
        return defaultValue;
    }

    /** {@return what the option does, as {@code Driver.getPropertyInfo} describes it} */
    public String getDescription() {
        return description;
    }

    /**
     * Whether {@code key} starts with this driver's prefix, in any case ({@code PORTABLE.strict} does).
     *
     * @param key a property key
     * @return whether it names an option of this driver, known or not
     */
    public static boolean isPrefixed(String key) {
        return key.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }

    /**
     * The option a property key names, in any case.
     *
     * @param key a property key, such as {@code portable.strict}
     * @return the option, or {@code null} when it is not one of ours
     */
    public static PortableProperty forKey(String key) {
        for (PortableProperty property : values()) {
            if (property.key().equalsIgnoreCase(key)) {
                return property;
            }
        }
        return null;
    }

    /**
     * The raw value in {@code properties} (trimmed), or the default.
     *
     * @param properties connection properties, keyed {@code portable.<name>} as {@link #key()} spells it
     * @return the value, not checked
     */
    public String get(Properties properties) {
        String value = properties.getProperty(key());
        return value == null ? defaultValue : value.trim();
    }

    /**
     * The value as a boolean; {@code true}/{@code false} in any case, nothing else.
     *
     * @param properties connection properties, keyed {@code portable.<name>} as {@link #key()} spells it
     * @return the value, or the default
     * @throws SQLException (SQLState 08001) when the value is neither {@code true} nor {@code false}
     */
    public boolean getBoolean(Properties properties) throws SQLException {
        String value = get(properties).toLowerCase(Locale.ROOT);
        if (!value.equals("true") && !value.equals("false")) {
            throw invalid(value, "true or false");
        }
        return Boolean.parseBoolean(value);
    }

    /**
     * The value as a whole number no smaller than {@code min}.
     *
     * @param properties connection properties, keyed {@code portable.<name>} as {@link #key()} spells it
     * @param min        the smallest value accepted
     * @return the value, or the default
     * @throws SQLException (SQLState 08001) when the value is not a whole number or is smaller than {@code min}
     */
    public long getLong(Properties properties, long min) throws SQLException {
        String value = get(properties);
        try {
            long number = Long.parseLong(value);
            if (number >= min) {
                return number;
            }
        } catch (NumberFormatException notNumber) {
            // reported below
        }
        throw invalid(value, "a whole number, at least " + min);
    }

    /** An error naming this option, the value given and what was expected. */
    SQLException invalid(String value, String expected) {
        return SqlState.CONNECTION_UNABLE_TO_CONNECT.exception(
                "option " + key() + " = '" + value + "' is invalid; expected " + expected);
    }

    DriverPropertyInfo toPropertyInfo(Properties properties) {
        DriverPropertyInfo info = new DriverPropertyInfo(key(), get(properties));
        info.description = description + " Default: '" + defaultValue + "'.";
        info.required = false;
        info.choices = choices.isEmpty() ? null : choices.toArray(new String[0]);
        return info;
    }
}
