package io.github.altibaseportable;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.regex.Pattern;

/** This driver's version, from the build. */
public final class DriverVersion {
    /** What separates the parts of a version such as {@code 1.2.3-SNAPSHOT}. */
    private static final Pattern VERSION_PARTS = Pattern.compile("[.-]");

    /** The product name, as {@code DatabaseMetaData.getDriverName} reports it. */
    public static final String NAME = "altibase-portable";
    /** The full version, such as {@code 0.1.0}. */
    public static final String VERSION = read();
    /** The major version number. */
    public static final int MAJOR = part(0);
    /** The minor version number. */
    public static final int MINOR = part(1);

    private DriverVersion() {}

    private static String read() {
        try (InputStream in =
                DriverVersion.class.getResourceAsStream("/io/github/altibaseportable/version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            String version = properties.getProperty("version");
            return version == null || version.startsWith("$") ? "0.0.0" : version;
        } catch (IOException e) {
            return "0.0.0";
        }
    }

    private static int part(int index) {
        String[] parts = VERSION_PARTS.split(VERSION, -1);
        try {
            return parts.length > index ? Integer.parseInt(parts[index]) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
