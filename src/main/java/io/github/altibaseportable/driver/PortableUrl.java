package io.github.altibaseportable.driver;

import io.github.altibaseportable.SqlState;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Properties;

/**
 * A parsed {@code jdbc:altibase-portable://[host][:port][/database][?key=value&...]} URL.
 *
 * <p>Omitted parts take Altibase's defaults: host {@code localhost}, port {@code 20300}, database
 * {@code mydb} (the Altibase driver rejects an empty database name, and {@code mydb} is the name a
 * server's database gets by default). IPv6 hosts are written in brackets. Query values are
 * percent-decoded. Anything malformed is an {@link SQLException} (SQLState 08001) naming the problem.
 */
public record PortableUrl(String host, int port, String database, Properties query) {
    /** The URL prefix this driver accepts. */
    public static final String PREFIX = "jdbc:altibase-portable:";
    /** The default host. */
    public static final String DEFAULT_HOST = "localhost";
    /** Altibase's default port. */
    public static final int DEFAULT_PORT = 20300;
    /** The name of the database an Altibase server creates by default. */
    public static final String DEFAULT_DATABASE = "mydb";

    private static final String FORM = PREFIX + "//[host][:port][/database][?key=value&...]";

    /**
     * Whether {@code url} is one of ours (it may still be malformed).
     *
     * @param url a JDBC URL, or {@code null}
     * @return whether it starts with {@value #PREFIX}
     */
    public static boolean accepts(String url) {
        return url != null && url.startsWith(PREFIX);
    }

    /**
     * Parses {@code url}.
     *
     * @param url a {@code jdbc:altibase-portable:} URL
     * @return its parts, omitted ones given their defaults
     * @throws SQLException (SQLState 08001) naming what is malformed
     */
    public static PortableUrl parse(String url) throws SQLException {
        if (!accepts(url)) {
            throw bad(url, "it does not start with " + PREFIX);
        }
        String rest = url.substring(PREFIX.length());
        if (!rest.startsWith("//")) {
            throw bad(url, "expected // after " + PREFIX);
        }
        rest = rest.substring(2);
        Properties query = new Properties();
        int question = rest.indexOf('?');
        if (question >= 0) {
            parseQuery(url, rest.substring(question + 1), query);
            rest = rest.substring(0, question);
        }
        int slash = rest.indexOf('/');
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        String database = slash < 0 ? "" : rest.substring(slash + 1);

        String host;
        String portText = null;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) {
                throw bad(url, "IPv6 host without a closing ]");
            }
            host = authority.substring(0, close + 1);
            if (!host.substring(1, host.length() - 1).matches("[0-9A-Fa-f:.]+(%[\\w.]+)?")) {
                throw bad(url, "'" + host + "' is not an IPv6 address");
            }
            String after = authority.substring(close + 1);
            if (after.startsWith(":")) {
                portText = after.substring(1);
            } else if (!after.isEmpty()) {
                throw bad(url, "unexpected '" + after + "' after the IPv6 host");
            }
        } else {
            int colon = authority.indexOf(':');
            if (colon >= 0 && authority.indexOf(':', colon + 1) >= 0) {
                throw bad(url, "an IPv6 host must be written in brackets, e.g. [::1]");
            }
            host = colon < 0 ? authority : authority.substring(0, colon);
            portText = colon < 0 ? null : authority.substring(colon + 1);
            if (!host.isEmpty() && !host.matches("[A-Za-z0-9_]([A-Za-z0-9_.-]*[A-Za-z0-9_])?")) {
                throw bad(url, "'" + host + "' is not a host name or address");
            }
        }
        if (host.isEmpty()) {
            host = DEFAULT_HOST;
        }
        int port = portText == null ? DEFAULT_PORT : parsePort(url, portText);
        if (database.isEmpty()) {
            database = DEFAULT_DATABASE;
        } else if (!database.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw bad(
                    url,
                    "'" + database + "' is not a database name (letters, digits and _, not starting with a digit)");
        }
        return new PortableUrl(host, port, database, query);
    }

    /** {@return the URL of the same database for the Altibase JDBC driver} */
    public String altibaseUrl() {
        return "jdbc:Altibase://" + host + ":" + port + "/" + database;
    }

    private static int parsePort(String url, String text) throws SQLException {
        if (text.matches("[0-9]{1,5}")) {
            int port = Integer.parseInt(text);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        }
        throw bad(url, "port '" + text + "' is not a number from 1 to 65535");
    }

    private static void parseQuery(String url, String text, Properties query) throws SQLException {
        if (text.isEmpty()) {
            return;
        }
        for (String pair : text.split("&", -1)) {
            int equals = pair.indexOf('=');
            // Errors name the key only: the value may be a password.
            if (equals <= 0) {
                throw bad(url, "query part '" + (equals < 0 ? pair : "=...") + "' is not key=value");
            }
            try {
                query.setProperty(decode(pair.substring(0, equals)), decode(pair.substring(equals + 1)));
            } catch (IllegalArgumentException badEscape) {
                throw bad(url, "query part '" + pair.substring(0, equals) + "=...' has a bad %-escape");
            }
        }
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /** The error for a malformed URL; the URL is shown without its query, which may hold a password. */
    private static SQLException bad(String url, String problem) {
        String shown = url == null ? "null" : url.indexOf('?') < 0 ? url : url.substring(0, url.indexOf('?')) + "?...";
        return SqlState.CONNECTION_UNABLE_TO_CONNECT.exception(
                "invalid URL '" + shown + "': " + problem + " (expected " + FORM + ")");
    }
}
