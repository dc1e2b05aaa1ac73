package io.github.altibaseportable.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.altibaseportable.rewrite.ParameterMapping;
import io.github.altibaseportable.rewrite.ParseLimits;
import io.github.altibaseportable.rewrite.PlanOutcome;
import io.github.altibaseportable.rewrite.RewriteEngine;
import io.github.altibaseportable.rewrite.RewriteProfile;
import io.github.altibaseportable.rewrite.StatementPlan;
import io.github.altibaseportable.rewrite.StatementRewriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every java.sql method of every wrapper, JDBC 4.3 default methods included, on the JDK running the tests:
 * either this driver's behaviour (a method a {@code Portable*} class declares) or forwarded by a generated
 * {@code Forwarding*} base. A forwarded method, called on a wrapper over a recording proxy, must reach the
 * delegate as the same method with the same arguments, and give back what the delegate returned (a result
 * set wrapped). A method left to its interface's default (not forwarded) fails.
 */
class ForwardingTest {

    /** A call that reached the delegate. */
    record Call(String method, List<Class<?>> parameterTypes, List<Object> arguments) {
        static Call of(Method method, Object[] arguments) {
            return new Call(
                    method.getName(),
                    List.of(method.getParameterTypes()),
                    arguments == null ? List.of() : Arrays.asList(deep(arguments)));
        }
    }

    /** Arrays compared by content. */
    private static Object[] deep(Object[] arguments) {
        Object[] copy = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            copy[i] = arguments[i] instanceof int[] ints
                    ? Arrays.toString(ints)
                    : arguments[i] instanceof Object[] objects
                            ? Arrays.toString(objects)
                            : arguments[i] instanceof byte[] bytes ? Arrays.toString(bytes) : arguments[i];
        }
        return copy;
    }

    /** The delegate: records each call and answers with a value of the method's return type. */
    static final class Recorder implements InvocationHandler {
        final List<Call> calls = new ArrayList<>();
        Object lastAnswer;

        @Override
        public Object invoke(Object proxy, Method method, Object[] arguments) {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == arguments[0];
                    default ->
                        "recording " + proxy.getClass().getInterfaces()[0].getSimpleName();
                };
            }
            calls.add(Call.of(method, arguments));
            lastAnswer = answer(method.getReturnType());
            return lastAnswer;
        }

        <T> T delegate(Class<T> api) {
            return api.cast(Proxy.newProxyInstance(ForwardingTest.class.getClassLoader(), new Class<?>[] {api}, this));
        }
    }

    /** A value of {@code type} that no default answer would give. */
    private static Object answer(Class<?> type) {
        if (type == void.class) {
            return null;
        }
        if (type.isPrimitive()) {
            return sample(type);
        }
        if (type == String.class || type == Object.class) {
            return "answered";
        }
        if (type.isInterface()) {
            return new Recorder().delegate(type);
        }
        return null;
    }

    /** An argument of {@code type}: 1 for a number (a parameter number the mappings here leave in place). */
    static Object sample(Class<?> type) {
        if (type == int.class) {
            return 1;
        } else if (type == long.class) {
            return 2L;
        } else if (type == boolean.class) {
            return true;
        } else if (type == short.class) {
            return (short) 3;
        } else if (type == byte.class) {
            return (byte) 4;
        } else if (type == float.class) {
            return 5f;
        } else if (type == double.class) {
            return 6d;
        } else if (type == String.class || type == Object.class) {
            return "argument";
        } else if (type == Class.class) {
            return Runnable.class;
        } else if (type == int[].class) {
            return new int[] {7, 8};
        } else if (type == String[].class) {
            return new String[] {"a", "b"};
        } else if (type == byte[].class) {
            return new byte[] {9};
        } else if (type == Map.class) {
            return Map.of("T", String.class);
        } else if (type.isInterface()) {
            return new Recorder().delegate(type);
        }
        return null;
    }

    /** Makes a wrapper over a delegate of {@code api} the recorder records. */
    interface Wrapping {
        Object wrap(Recorder recorder) throws SQLException;
    }

    static Stream<Arguments> wrappers() {
        StatementPlan call = StatementPlan.unchanged("{call p(?, ?)}", PlanOutcome.UNCHANGED, null);
        StatementRewriter rewriter = new StatementRewriter(
                new RewriteEngine(List.of(), 0, ParseLimits.DEFAULT), RewriteProfile.DEFAULT, true, false);
        // parameter 1 stays first; parameter 2 is sent twice
        ParameterMapping moved = ParameterMapping.of(2, new int[] {1, 2, 2}, new long[] {0, 0, 0});
        return Stream.of(
                Arguments.of(Connection.class, (Wrapping)
                        r -> new PortableConnection(r.delegate(Connection.class), rewriter)),
                Arguments.of(Statement.class, (Wrapping)
                        r -> new PortableStatement(null, r.delegate(Statement.class), null)),
                Arguments.of(PreparedStatement.class, (Wrapping)
                        r -> new PortablePreparedStatement(null, r.delegate(PreparedStatement.class), call)),
                Arguments.of(CallableStatement.class, (Wrapping)
                        r -> new PortableCallableStatement(null, r.delegate(CallableStatement.class), call)),
                Arguments.of(ResultSet.class, (Wrapping) r -> new PortableResultSet(null, r.delegate(ResultSet.class))),
                Arguments.of(DatabaseMetaData.class, (Wrapping)
                        r -> new PortableDatabaseMetaData(null, r.delegate(DatabaseMetaData.class))),
                Arguments.of(ParameterMetaData.class, (Wrapping)
                        r -> new PortableParameterMetaData(r.delegate(ParameterMetaData.class), moved)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrappers")
    void everyMethodIsBehaviourOrForwardedToTheSameDelegateMethod(Class<?> api, Wrapping wrapping) throws Exception {
        Recorder recorder = new Recorder();
        Object wrapper = wrapping.wrap(recorder);
        int forwarded = 0;
        for (Method method : api.getMethods()) {
            if (Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            Method implementation = implementation(wrapper.getClass(), method);
            if (implementation == null) {
                fail(method + " is neither forwarded nor implemented: the interface's default runs");
            }
            if (!implementation.getDeclaringClass().getSimpleName().startsWith("Forwarding")) {
                continue; // this driver's behaviour, tested with it
            }
            assertFalse(Modifier.isAbstract(implementation.getModifiers()), implementation.toString());
            forwarded++;
            assertForwarded(wrapper, recorder, method);
        }
        assertTrue(forwarded > 0, "nothing forwarded for " + api);
    }

    /**
     * The method that runs for {@code method} on an object of {@code type}, {@code null} when it is the
     * interface's default. Access bridges (which javac adds to a public class for the public methods of its
     * package-private superclass) are skipped for the method they call.
     */
    private static Method implementation(Class<?> type, Method method) {
        for (Class<?> owner = type; owner != null; owner = owner.getSuperclass()) {
            try {
                Method declared = owner.getDeclaredMethod(method.getName(), method.getParameterTypes());
                if (!declared.isSynthetic()) {
                    return declared;
                }
            } catch (NoSuchMethodException notHere) {
                // declared further up, or not at all
            }
        }
        return null;
    }

    private static void assertForwarded(Object wrapper, Recorder recorder, Method method) throws Exception {
        Object[] arguments = Arrays.stream(method.getParameterTypes())
                .map(ForwardingTest::sample)
                .toArray();
        recorder.calls.clear();
        Object result;
        try {
            result = method.invoke(wrapper, arguments);
        } catch (InvocationTargetException failed) {
            throw new AssertionError(method + " failed", failed.getCause());
        }
        assertEquals(List.of(Call.of(method, arguments)), recorder.calls, method.toString());
        if (method.getReturnType() == ResultSet.class) {
            PortableResultSet wrapped = assertInstanceOf(PortableResultSet.class, result, method.toString());
            assertSame(recorder.lastAnswer, wrapped.delegate(), method.toString());
            assertNotSame(recorder.lastAnswer, result);
        } else {
            assertEquals(recorder.lastAnswer, result, method.toString());
        }
    }
}
