package io.github.altibaseportable.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.altibaseportable.jdbc.ForwardingTest.Call;
import io.github.altibaseportable.jdbc.ForwardingTest.Recorder;
import io.github.altibaseportable.rewrite.PlanOutcome;
import io.github.altibaseportable.rewrite.StatementPlan;
import java.lang.reflect.Method;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every parameter setter takes the one route ({@link PortablePreparedStatement#bind}): the call reaches the
 * Altibase statement as the application made it, and a recording statement records it so that it is made
 * again, the same call, on another form of the statement.
 */
class SetterRouteTest {

    @Test
    void everySetterReachesAltibaseAndIsRecordedAsTheSameCall() throws Exception {
        StatementPlan plan = StatementPlan.unchanged("SELECT a FROM t WHERE b = ?", PlanOutcome.UNCHANGED, null);
        Recorder altibase = new Recorder();
        RecordingPreparedStatement statement =
                new RecordingPreparedStatement(null, altibase.delegate(PreparedStatement.class), null, plan, null) {};
        int setters = 0;
        for (Method setter : PreparedStatement.class.getMethods()) {
            if (!setter.getName().startsWith("set")
                    || setter.getParameterCount() < 2
                    || setter.getParameterTypes()[0] != int.class) {
                continue;
            }
            setters++;
            Object[] arguments = Arrays.stream(setter.getParameterTypes())
                    .map(ForwardingTest::sample)
                    .toArray();
            altibase.calls.clear();
            statement.clearParameters();
            altibase.calls.clear();
            setter.invoke(statement, arguments);
            List<Call> sent = List.of(Call.of(setter, arguments));
            assertEquals(sent, altibase.calls, setter.toString());

            Recorder otherForm = new Recorder();
            statement.current.replay(otherForm.delegate(PreparedStatement.class), null);
            assertEquals(sent, otherForm.calls, "recorded " + setter);
        }
        assertTrue(setters > 40, setters + " setters");
    }

    @Test
    void theBindsOfAStatementNotYetPreparedAreMadeWhenItIs() throws SQLException {
        StatementPlan plan =
                StatementPlan.unchanged("SELECT a FROM t WHERE b = ? AND c = ?", PlanOutcome.UNCHANGED, null);
        Recorder altibase = new Recorder();
        RecordingPreparedStatement statement = new RecordingPreparedStatement(
                null, null, new Recorder().delegate(PreparedStatement.class), plan, null) {};
        statement.setInt(1, 1000);
        statement.setString(2, "b");
        assertEquals(List.of(), altibase.calls, "nothing is sent before the statement is prepared");
        statement.preparedLate(altibase.delegate(PreparedStatement.class));
        assertEquals(
                List.of("setInt", "setString"),
                altibase.calls.stream().map(Call::method).toList());
    }
}
