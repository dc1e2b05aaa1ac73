package io.github.altibaseportable.jmh;

import com.p6spy.engine.logging.Category;
import com.p6spy.engine.spy.appender.FormattedLogger;

/**
 * p6spy's appender in {@link HotPeersBenchmark}: p6spy formats every statement's log line as it does for
 * a file, and this appender only adds up the lines' lengths, so that what is measured is p6spy and not
 * the disk.
 */
public final class DiscardingAppender extends FormattedLogger {
    private long characters;

    @Override
    public void logText(String text) {
        characters += text.length();
    }

    @Override
    public void logException(Exception e) {
        characters++;
    }

    @Override
    public boolean isCategoryEnabled(Category category) {
        return true;
    }
}
