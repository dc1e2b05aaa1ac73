import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Wrapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes the driver's forwarding bases ({@code Forwarding*} in io.github.altibaseportable.jdbc) from the
 * java.sql interfaces of the JDK that runs the build, JDBC 4.3 default methods included. Run by Maven in
 * generate-sources with the JDK's source launcher: {@code java ForwardingGenerator.java <output directory>}.
 *
 * <p>Every method of a base is a plain delegation to the base's delegate, with three exceptions, each the same
 * for every base: a method that returns a connection, statement or database metadata is abstract (the
 * {@code Portable*} subclass returns its own wrapper); a method that returns a result set passes it through the
 * abstract {@code wrap}; {@code unwrap} and {@code isWrapperFor} answer for the wrapper, then the delegate
 * ({@code Wrappers}). A base over an interface whose methods take the application's parameter numbers (a
 * callable statement's OUT parameters, parameter metadata) sends each number through the abstract
 * {@code position}, where a rewrite that moved parameters maps it.
 */
public final class ForwardingGenerator {
    private static final String PACKAGE = "io.github.altibaseportable.jdbc";

    /** The JDBC types whose objects lead back to other JDBC objects: the driver returns its wrappers of them. */
    private static final Set<Class<?>> WRAPPED = Set.of(
            Connection.class,
            Statement.class,
            PreparedStatement.class,
            CallableStatement.class,
            DatabaseMetaData.class);

    /**
     * One base: its name, the interface it forwards, the delegate's accessor, and, when it extends a class of
     * the driver instead of Object, that class with the constructor to pass through (the base then forwards
     * only the methods the interface declares itself, the superclass implementing the rest).
     */
    record Base(
            String name,
            Class<?> api,
            String accessor,
            boolean positions,
            String superclass,
            String constructorParameters,
            String superArguments) {
        static Base root(String name, Class<?> api, boolean positions) {
            return new Base(name, api, "delegate", positions, null, null, null);
        }
    }

    static final List<Base> BASES = List.of(
            Base.root("ForwardingConnection", Connection.class, false),
            Base.root("ForwardingStatement", Statement.class, false),
            Base.root("ForwardingResultSet", ResultSet.class, false),
            Base.root("ForwardingDatabaseMetaData", DatabaseMetaData.class, false),
            Base.root("ForwardingParameterMetaData", ParameterMetaData.class, true),
            new Base(
                    "ForwardingCallableStatement",
                    CallableStatement.class,
                    "callable",
                    true,
                    "PortablePreparedStatement",
                    "PortableConnection connection, java.sql.CallableStatement callable,"
                            + " io.github.altibaseportable.rewrite.StatementPlan plan",
                    "connection, callable, plan"));

    private ForwardingGenerator() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: java ForwardingGenerator.java <output directory>");
        }
        Path directory = Path.of(args[0], PACKAGE.split("\\."));
        Files.createDirectories(directory);
        for (Base base : BASES) {
            Path file = directory.resolve(base.name() + ".java");
            String source = source(base);
            // Written only when it changed, so that an unchanged base does not make the compiler start over.
            if (!Files.exists(file)
                    || !Files.readString(file, StandardCharsets.UTF_8).equals(source)) {
                Files.writeString(file, source, StandardCharsets.UTF_8);
            }
        }
    }

    /** The methods the base implements, in a stable order: name, then parameter types. */
    static List<Method> methods(Base base) {
        Map<String, Method> bySignature = new LinkedHashMap<>();
        Method[] candidates =
                base.superclass() == null ? base.api().getMethods() : base.api().getDeclaredMethods();
        for (Method method : candidates) {
            if (Modifier.isStatic(method.getModifiers()) || inheritedFromSuperInterface(base, method)) {
                continue;
            }
            // The most specific declaration wins (Statement.close over AutoCloseable.close).
            bySignature.merge(
                    signature(method),
                    method,
                    (one, other) -> one.getDeclaringClass().isAssignableFrom(other.getDeclaringClass()) ? other : one);
        }
        List<Method> methods = new ArrayList<>(bySignature.values());
        methods.sort(Comparator.comparing(ForwardingGenerator::signature));
        return methods;
    }

    /** Whether a base over a superclass gets {@code method} from the superclass (declared by a super-interface too). */
    private static boolean inheritedFromSuperInterface(Base base, Method method) {
        if (base.superclass() == null) {
            return false;
        }
        for (Class<?> parent : base.api().getInterfaces()) {
            try {
                parent.getMethod(method.getName(), method.getParameterTypes());
                return true;
            } catch (NoSuchMethodException notThere) {
                // declared by this interface only
            }
        }
        return false;
    }

    private static String signature(Method method) {
        return method.getName()
                + Arrays.stream(method.getParameterTypes())
                        .map(Class::getTypeName)
                        .collect(Collectors.joining(",", "(", ")"));
    }

    static String source(Base base) {
        StringBuilder out = new StringBuilder();
        out.append("// Generated by src/build/java/ForwardingGenerator.java from ")
                .append(base.api().getName())
                .append(" (Java ")
                .append(Runtime.version().feature())
                .append("). Do not edit.\n");
        out.append("package ").append(PACKAGE).append(";\n\n");
        out.append("/**\n * Forwards every {@link ")
                .append(base.api().getName())
                .append("} method");
        out.append(base.superclass() == null ? "" : " the interface declares itself");
        out.append(" to {@link #").append(base.accessor()).append("()}; see {@code ForwardingGenerator}.\n */\n");
        out.append("abstract class ").append(base.name());
        if (base.superclass() != null) {
            out.append(" extends ").append(base.superclass());
        }
        out.append(" implements ").append(base.api().getName()).append(" {\n");
        if (base.superclass() != null) {
            out.append("    ")
                    .append(base.name())
                    .append('(')
                    .append(base.constructorParameters())
                    .append(") {\n");
            out.append("        super(").append(base.superArguments()).append(");\n    }\n\n");
        }
        out.append("    /** The object every plain method is forwarded to. */\n");
        out.append("    abstract ")
                .append(base.api().getName())
                .append(' ')
                .append(base.accessor())
                .append("();\n");
        List<Method> methods = methods(base);
        if (methods.stream().anyMatch(method -> method.getReturnType() == ResultSet.class)) {
            out.append("\n    /** The driver's wrapper of {@code results}, a result set the delegate returned. */\n");
            out.append(
                    "    abstract java.sql.ResultSet wrap(java.sql.ResultSet results) throws java.sql.SQLException;\n");
        }
        if (base.positions()) {
            out.append(
                    "\n    /** Where the application's parameter {@code parameter} is in the delegate's numbering. */\n");
            out.append("    abstract int position(int parameter) throws java.sql.SQLException;\n");
        }
        for (Method method : methods) {
            out.append('\n');
            method(out, base, method);
        }
        out.append("}\n");
        return out.toString();
    }

    private static void method(StringBuilder out, Base base, Method method) {
        out.append("    @Override\n");
        if (method.isAnnotationPresent(Deprecated.class)) {
            out.append("    @Deprecated\n");
        }
        boolean isAbstract = WRAPPED.contains(method.getReturnType());
        out.append("    public ").append(isAbstract ? "abstract " : "");
        TypeVariable<Method>[] variables = method.getTypeParameters();
        if (variables.length > 0) {
            out.append(Arrays.stream(variables)
                    .map(ForwardingGenerator::declaration)
                    .collect(Collectors.joining(", ", "<", "> ")));
        }
        out.append(method.getGenericReturnType().getTypeName())
                .append(' ')
                .append(method.getName())
                .append('(');
        Type[] parameters = method.getGenericParameterTypes();
        for (int i = 0; i < parameters.length; i++) {
            String type = parameters[i].getTypeName();
            if (method.isVarArgs() && i == parameters.length - 1) {
                type = type.substring(0, type.length() - 2) + "...";
            }
            out.append(i == 0 ? "" : ", ").append(type).append(" p").append(i);
        }
        out.append(')');
        if (method.getExceptionTypes().length > 0) {
            out.append(" throws ")
                    .append(Arrays.stream(method.getExceptionTypes())
                            .map(Class::getName)
                            .collect(Collectors.joining(", ")));
        }
        if (isAbstract) {
            out.append(";\n");
            return;
        }
        out.append(" {\n        ");
        String arguments = arguments(base, method);
        String call = base.accessor() + "()." + method.getName() + "(" + arguments + ")";
        if (method.getDeclaringClass() == Wrapper.class) {
            call = "Wrappers." + method.getName() + "(this, " + base.accessor() + "(), p0)";
        } else if (method.getReturnType() == ResultSet.class) {
            call = "wrap(" + call + ")";
        }
        out.append(method.getReturnType() == void.class ? "" : "return ")
                .append(call)
                .append(";\n    }\n");
    }

    /** The call's arguments: the method's own, a parameter number first sent through {@code position}. */
    private static String arguments(Base base, Method method) {
        Class<?>[] types = method.getParameterTypes();
        List<String> arguments = new ArrayList<>();
        for (int i = 0; i < types.length; i++) {
            boolean number = base.positions() && i == 0 && types[0] == int.class;
            arguments.add(number ? "position(p0)" : "p" + i);
        }
        return String.join(", ", arguments);
    }

    private static String declaration(TypeVariable<?> variable) {
        List<String> bounds = Arrays.stream(variable.getBounds())
                .filter(bound -> bound != Object.class)
                .map(Type::getTypeName)
                .toList();
        return bounds.isEmpty() ? variable.getName() : variable.getName() + " extends " + String.join(" & ", bounds);
    }
}
