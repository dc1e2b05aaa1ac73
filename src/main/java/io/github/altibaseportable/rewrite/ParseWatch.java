package io.github.altibaseportable.rewrite;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import net.sf.jsqlparser.parser.CCJSqlParser;

/**
 * Stops parses that run past their deadline: one daemon thread sets the parser's {@code interrupted}
 * flag, which makes JSqlParser give up.
 *
 * <p>The thread sleeps until the earliest deadline of the parses in flight, and a parse wakes it only
 * when its own deadline comes sooner (or the thread has nothing to watch). Under a steady stream of
 * parses with one time bound that is about once per bound, not once per parse: arming costs no system
 * call, where a timer task per parse woke the timer thread every time.
 */
final class ParseWatch {
    /** When the watcher looks next: at {@code at} (a {@link System#nanoTime()} value), or only when woken. */
    private record Wake(boolean idle, long at) {
        static final Wake IDLE = new Wake(true, 0);

        boolean isLaterThan(long deadline) {
            return idle || at - deadline > 0;
        }
    }

    private static final Set<Alarm> ARMED = ConcurrentHashMap.newKeySet();
    private static volatile Wake wake = Wake.IDLE;
    private static final Thread WATCHER = start();

    private ParseWatch() {}

    /** One parse being watched, until it is disarmed. */
    static final class Alarm {
        private final CCJSqlParser parser;
        private final long deadline;
        /** Set, and read, by the watcher only. */
        private boolean rung;

        private Alarm(CCJSqlParser parser, long deadline) {
            this.parser = parser;
            this.deadline = deadline;
        }

        /** Ends the watch: the parse is over. */
        void disarm() {
            ARMED.remove(this);
        }
    }

    /** Watches {@code parser} until the alarm is disarmed: at {@code deadline} (nanoTime), it is interrupted. */
    static Alarm arm(CCJSqlParser parser, long deadline) {
        Alarm alarm = new Alarm(parser, deadline);
        ARMED.add(alarm);
        if (wake.isLaterThan(deadline)) {
            LockSupport.unpark(WATCHER);
        }
        return alarm;
    }

    private static Thread start() {
        Thread thread = new Thread(ParseWatch::watch, "altibase-portable-parse-timer");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void watch() {
        while (true) {
            Wake next = ring();
            wake = next;
            // An alarm armed while ring() ran may have read the old wake and not woken this thread; the
            // second look finds it (it was added before it read wake, and wake is now published).
            Wake again = ring();
            if (!again.equals(next)) {
                continue;
            }
            if (next.idle()) {
                LockSupport.park();
            } else {
                LockSupport.parkNanos(next.at() - System.nanoTime());
            }
        }
    }

    /** Interrupts every parse past its deadline; when to look next. */
    private static Wake ring() {
        long now = System.nanoTime();
        Wake next = Wake.IDLE;
        for (Alarm alarm : ARMED) {
            if (alarm.rung) {
                continue;
            }
            if (alarm.deadline - now <= 0) {
                alarm.parser.interrupted = true;
                alarm.rung = true;
            } else if (next.isLaterThan(alarm.deadline)) {
                next = new Wake(false, alarm.deadline);
            }
        }
        return next;
    }
}
