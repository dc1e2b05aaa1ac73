package io.github.altibaseportable.flyway;

import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.internal.parser.Parser;
import org.flywaydb.core.internal.parser.ParsingContext;

/** Splits migration scripts into statements at {@code ;}, skipping literals, quoted names and comments. */
final class AltibaseParser extends Parser {
    private static final int PEEK_DEPTH = 3;

    AltibaseParser(Configuration configuration, ParsingContext parsingContext) {
        super(configuration, parsingContext, PEEK_DEPTH);
    }
}
