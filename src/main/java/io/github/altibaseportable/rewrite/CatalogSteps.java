package io.github.altibaseportable.rewrite;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Companion steps that only the database can tell, such as "drop each implicit sequence of the table
 * being dropped": a plan holds them as a {@link Step#fromCatalog(CatalogSteps) placeholder step}, and
 * they are read when the plan runs, before any of its steps, so that nothing has changed yet when they
 * are looked up. Plans are shared by every connection of the rewrite cache: implementations are
 * immutable and hold no connection.
 */
public interface CatalogSteps {

    /** The steps to run in place of the placeholder, read on {@code altibase} (an Altibase connection). */
    List<Step> resolve(Connection altibase) throws SQLException;

    /** What the steps will be, in one line, for {@code nativeSQL} and the translator, which have no catalog. */
    String describe();
}
