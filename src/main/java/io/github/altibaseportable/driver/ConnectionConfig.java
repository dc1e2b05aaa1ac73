package io.github.altibaseportable.driver;

import io.github.altibaseportable.SqlState;
import io.github.altibaseportable.rewrite.ParseLimits;
import io.github.altibaseportable.rewrite.RewriteEngine;
import io.github.altibaseportable.rewrite.RewriteProfile;
import io.github.altibaseportable.rewrite.RewriteRule;
import io.github.altibaseportable.rewrite.SourceDialect;
import io.github.altibaseportable.rewrite.StatementRewriter;
import io.github.altibaseportable.rewrite.rules.Rules;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Everything one connection needs, resolved and checked from a URL and its properties before
 * anything is sent: the Altibase URL and properties, the delegate driver's class name, and the
 * rewriter. URL query parameters win over properties of the same name; {@code user} defaults to
 * {@code sys}, and {@code date_format} to the ISO format unless {@code portable.isoDates} is false.
 */
public record ConnectionConfig(
        PortableUrl url,
        String altibaseUrl,
        Properties altibaseProperties,
        String delegateDriver,
        StatementRewriter rewriter) {
    /** The user when none is given, as in Altibase's own tools. */
    public static final String DEFAULT_USER = "sys";

    /**
     * Resolves {@code url} with {@code info}.
     *
     * @param url  a {@code jdbc:altibase-portable:} URL
     * @param info connection properties, or {@code null}
     * @return what a connection needs, checked
     * @throws SQLException (SQLState 08001) for a malformed URL, an unknown option or a bad value
     */
    public static ConnectionConfig resolve(String url, Properties info) throws SQLException {
        PortableUrl parsed = PortableUrl.parse(url);
        Properties merged = merge(parsed, info);
        Properties ours = new Properties();
        Properties altibase = new Properties();
        for (String key : merged.stringPropertyNames()) {
            if (PortableProperty.isPrefixed(key)) {
                ours.setProperty(key, merged.getProperty(key));
            } else {
                altibase.setProperty(key, merged.getProperty(key));
            }
        }
        if (altibase.getProperty("user") == null) {
            altibase.setProperty("user", DEFAULT_USER);
        }
        // docs/altibase.md, "Dates": the server's default format reads no ISO date
        if (PortableProperty.ISO_DATES.getBoolean(ours) && !hasKey(altibase, PortableProperty.DATE_FORMAT_PROPERTY)) {
            altibase.setProperty(PortableProperty.DATE_FORMAT_PROPERTY, PortableProperty.ISO_DATE_FORMAT);
        }
        return new ConnectionConfig(
                parsed, parsed.altibaseUrl(), altibase, PortableProperty.DELEGATE_DRIVER.get(ours), rewriter(ours));
    }

    /** Whether {@code properties} holds {@code key} in any case (the Altibase driver reads its properties so). */
    private static boolean hasKey(Properties properties, String key) {
        for (String name : properties.stringPropertyNames()) {
            if (name.equalsIgnoreCase(key)) {
                return true;
            }
        }
        return false;
    }

    /** Without the properties, which hold the password. */
    @Override
    public String toString() {
        return "ConnectionConfig[" + altibaseUrl + ", delegate " + delegateDriver + "]";
    }

    /** This driver's options with their values for {@code url} and {@code info}. */
    static DriverPropertyInfo[] propertyInfo(String url, Properties info) throws SQLException {
        Properties merged = merge(PortableUrl.parse(url), info);
        List<DriverPropertyInfo> list = new ArrayList<>();
        DriverPropertyInfo user = new DriverPropertyInfo("user", merged.getProperty("user", DEFAULT_USER));
        user.description = "Altibase user. Default: '" + DEFAULT_USER + "'.";
        list.add(user);
        DriverPropertyInfo password = new DriverPropertyInfo("password", null);
        password.description = "Altibase password.";
        list.add(password);
        for (PortableProperty property : PortableProperty.values()) {
            list.add(property.toPropertyInfo(merged));
        }
        return list.toArray(new DriverPropertyInfo[0]);
    }

    private static Properties merge(PortableUrl url, Properties info) {
        Properties merged = new Properties();
        if (info != null) {
            for (String key : info.stringPropertyNames()) {
                merged.setProperty(spelled(key), info.getProperty(key));
            }
        }
        for (String key : url.query().stringPropertyNames()) {
            merged.setProperty(spelled(key), url.query().getProperty(key));
        }
        return merged;
    }

    /** {@code key} as this driver spells it when it names one of its options in another case, else as given. */
    private static String spelled(String key) {
        PortableProperty property = PortableProperty.isPrefixed(key) ? PortableProperty.forKey(key) : null;
        return property == null ? key : property.key();
    }

    /**
     * The rewriter for this driver's options in {@code options} (keys with the {@code portable.}
     * prefix, in any case; others are ignored).
     *
     * @param options connection properties
     * @return the rewriter those options configure
     * @throws SQLException (SQLState 08001) for an unknown option or a bad value
     */
    public static StatementRewriter rewriter(Properties options) throws SQLException {
        Properties ours = new Properties();
        for (String key : options.stringPropertyNames()) {
            if (PortableProperty.isPrefixed(key)) {
                PortableProperty property = PortableProperty.forKey(key);
                if (property == null) {
                    throw unknownOption(key);
                }
                ours.setProperty(property.key(), options.getProperty(key));
            }
        }
        boolean enabled = PortableProperty.REWRITE.getBoolean(ours);
        boolean strict = PortableProperty.STRICT.getBoolean(ours);
        String dialectName = PortableProperty.SOURCE_DIALECT.get(ours);
        SourceDialect dialect = SourceDialect.fromOption(dialectName);
        if (dialect == null) {
            throw PortableProperty.SOURCE_DIALECT.invalid(dialectName, "portable, mysql or postgresql");
        }
        String pastKeys =
                PortableProperty.IDENTITIES_PAST_EXPLICIT_KEYS.get(ours).toLowerCase(java.util.Locale.ROOT);
        if (!pastKeys.equals("auto") && !pastKeys.equals("true") && !pastKeys.equals("false")) {
            throw PortableProperty.IDENTITIES_PAST_EXPLICIT_KEYS.invalid(pastKeys, "auto, true or false");
        }
        boolean identitiesPastExplicitKeys =
                pastKeys.equals("auto") ? dialect == SourceDialect.MYSQL : pastKeys.equals("true");
        Set<String> disabled = new LinkedHashSet<>();
        String rules = PortableProperty.DISABLED_RULES.get(ours);
        for (String name : rules.split(",", -1)) {
            String rule = name.trim().toLowerCase(java.util.Locale.ROOT);
            if (rule.isEmpty()) {
                continue;
            }
            RewriteRule named = Rules.named(rule);
            if (named == null) {
                throw PortableProperty.DISABLED_RULES.invalid(rules, "rule names among " + ruleNames());
            }
            disabled.add(named.name());
        }
        long cacheSize = PortableProperty.CACHE_SIZE.getLong(ours, 0);
        long cacheBytes = PortableProperty.CACHE_BYTES.getLong(ours, 1);
        long timeout = PortableProperty.PARSE_TIMEOUT_MILLIS.getLong(ours, 1);
        boolean fastPath = PortableProperty.FAST_PATH.getBoolean(ours);
        RewriteEngine engine = RewriteEngine.shared(
                Rules.all(), cacheSize, cacheBytes, ParseLimits.DEFAULT.withTimeoutMillis(timeout), fastPath);
        return new StatementRewriter(
                engine, RewriteProfile.of(dialect, disabled, identitiesPastExplicitKeys), enabled, strict);
    }

    private static SQLException unknownOption(String key) {
        return SqlState.CONNECTION_UNABLE_TO_CONNECT.exception(
                "unknown option '" + key + "'; known options: " + knownOptions());
    }

    private static String knownOptions() {
        StringBuilder names = new StringBuilder();
        for (PortableProperty property : PortableProperty.values()) {
            names.append(names.length() == 0 ? "" : ", ").append(property.key());
        }
        return names.toString();
    }

    private static String ruleNames() {
        StringBuilder names = new StringBuilder();
        for (RewriteRule rule : Rules.all()) {
            names.append(names.length() == 0 ? "" : ", ").append(rule.name());
        }
        return names.toString();
    }
}
