package io.github.altibaseportable.cli;

import io.github.altibaseportable.DriverVersion;
import io.github.altibaseportable.driver.ConnectionConfig;
import io.github.altibaseportable.driver.PortableProperty;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The command line of the self-contained jar:
 * {@code java -jar altibase-portable-<version>-all.jar translate [--option=value ...] [FILE ...]}.
 * Reads the files (standard input when none) and prints what the driver would send to Altibase;
 * no server and no Altibase driver are needed. Options are this driver's connection options,
 * with or without the {@code portable.} prefix ({@code --sourceDialect=mysql}).
 *
 * <p>Exit status: 0 on success; 1 when a statement could not be rewritten in strict mode; 2 for a
 * usage error (unknown option, unreadable file).
 */
public final class Main {
    private static final String USAGE = "usage: java -jar altibase-portable-" + DriverVersion.VERSION + "-all.jar"
            + " translate [--option=value ...] [FILE ...]\n"
            + "  Prints the Altibase SQL the driver sends for each statement of the files (or standard input),\n"
            + "  each statement followed by a line holding only ';'.\n"
            + "options:";

    private Main() {}

    /**
     * Runs the command line and exits with its status: 0; 1 when, with {@code --strict=true}, a statement could
     * not be translated; 2 for an unknown command or option, a bad option value, or input that cannot be read.
     *
     * @param args {@code translate}, options and files; {@code --help} prints the usage
     */
    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /** Runs the command line; returns the exit status. */
    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            printUsage(args.length == 0 ? err : out);
            return args.length == 0 ? 2 : 0;
        }
        if (args[0].equals("--version")) {
            out.println(DriverVersion.NAME + " " + DriverVersion.VERSION);
            return 0;
        }
        if (!args[0].equals("translate")) {
            err.println("unknown command '" + args[0] + "'");
            printUsage(err);
            return 2;
        }
        Properties options = new Properties();
        List<String> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--")) {
                int equals = arg.indexOf('=');
                if (equals < 0) {
                    err.println("option '" + arg + "' needs a value: --name=value");
                    return 2;
                }
                String name = arg.substring(2, equals);
                options.setProperty(
                        name.startsWith(PortableProperty.PREFIX) ? name : PortableProperty.PREFIX + name,
                        arg.substring(equals + 1));
            } else {
                files.add(arg);
            }
        }
        Translator translator;
        try {
            translator = new Translator(ConnectionConfig.rewriter(options));
        } catch (SQLException badOption) {
            err.println(badOption.getMessage());
            return 2;
        }
        int failures = 0;
        try {
            if (files.isEmpty()) {
                failures += translator.translate(
                        "<stdin>", new String(in.readAllBytes(), StandardCharsets.UTF_8), out, err);
            }
            for (String file : files) {
                failures +=
                        translator.translate(file, Files.readString(Path.of(file), StandardCharsets.UTF_8), out, err);
            }
        } catch (NoSuchFileException missing) {
            err.println("no such file: " + missing.getFile());
            return 2;
        } catch (IOException unreadable) {
            err.println("cannot read input: " + unreadable);
            return 2;
        }
        out.flush();
        return failures > 0 && Boolean.parseBoolean(options.getProperty(PortableProperty.STRICT.key())) ? 1 : 0;
    }

    private static void printUsage(PrintStream stream) {
        stream.println(USAGE);
        for (PortableProperty property : PortableProperty.values()) {
            stream.println("  --" + property.getName() + "=...  " + property.getDescription() + " Default: '"
                    + property.getDefaultValue() + "'.");
        }
    }
}
