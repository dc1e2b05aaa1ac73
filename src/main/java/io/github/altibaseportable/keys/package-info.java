/**
 * Generated keys, found by the driver itself: Altibase has no identity columns, keys come from sequences,
 * and its own driver returns a {@code NULL} key for a column whose default is a sequence's {@code NEXTVAL}
 * (docs/altibase.md, "Sequences, defaults and keys"). {@link io.github.altibaseportable.keys.KeysSupport} is
 * the one type a connection holds; the notes in this file's source follow one INSERT from the rule that
 * plans it to the result set the application reads.
 */
package io.github.altibaseportable.keys;

/*
 * Design notes: one INSERT, from the rule to getGeneratedKeys()
 * ==============================================================
 *
 * The running example: a table made through this driver, an application that asks for its key.
 *
 *   CREATE TABLE book (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, title VARCHAR(40))
 *   ps = con.prepareStatement("INSERT INTO book (title) VALUES (?)", Statement.RETURN_GENERATED_KEYS);
 *   ps.setString(1, "Dune"); ps.executeUpdate(); rs = ps.getGeneratedKeys();
 *
 * A "keyed INSERT" is an INSERT ... VALUES whose keys, or whose rows, the driver handles itself: keys asked
 * for, a PostgreSQL RETURNING, several rows in one VALUES, or (with portable.identitiesPastExplicitKeys) any
 * INSERT, so that the driver learns which keys it writes. The Keyed* types (KeyedInsert, KeyedPreparedStatement,
 * KeyedExecution, KeyedBatch) all carry that meaning. Facts about Altibase below are those of docs/altibase.md,
 * "Sequences, defaults and keys", unless another section is named.
 *
 * 0. The table (once, at DDL). IdentityRule (rewrite/rules) turns the identity column into a sequence
 *    BOOK_ID_SEQ created first and DEFAULT BOOK_ID_SEQ.NEXTVAL on the column, and leaves an IdentityColumns
 *    (rewrite/, a KeysPlan) in the plan: {ID -> BOOK_ID_SEQ}. Nothing is remembered at planning. Once the
 *    statement has run, PortableConnection.ran calls KeysSupport.ran: the KnownTables of this server and
 *    user are emptied (any DDL through the driver does that), then the new table is put back as a KnownTable
 *    that knows its sequence columns but not the others. A table made elsewhere is learned from the catalog
 *    instead (step 3).
 *
 * 1. Planning (rewrite/, no I/O, cached). prepareStatement turns the JDBC argument into a KeysRequest
 *    (nothing, RETURN_GENERATED_KEYS, names, or 1-based positions; part of the plan cache key).
 *    GeneratedKeysRule reads a plain INSERT [(cols)] VALUES (...)[, (...)] into a KeyedInsert: the table,
 *    the columns named, what each row gives each column (KeyedInsert.Value: a bind Parameter, a Literal,
 *    a NextValue of a sequence, DEFAULT, or an Expression), the RETURNING columns (whose clause the rule
 *    removes from the text) and the number of parameters. It reaches the driver as StatementPlan.keys().
 *    The plan's own SQL is the statement as written: a keyed INSERT without RETURNING is sent byte for
 *    byte. The rule also leaves variants, templates with holes the driver fills at execution:
 *      - APPEND_KEYS, for one row with a column list: "(title<KEY_COLUMNS>) VALUES (?<KEYS 0>)", for
 *        batches whose keys are drawn beforehand;
 *      - SELECT_ROWS, for several rows: INSERT ... SELECT ... FROM DUAL UNION ALL SELECT ..., each bare ?
 *        cast to a <TYPE c> hole, each DEFAULT or NEXTVAL a <VALUE r c> hole.
 *    A form the rule cannot read (rows it cannot tell apart, RETURNING of an expression) is reported as
 *    unsupported when keys or rows depend on it (sent as written, refused in strict mode), and is quietly
 *    left as written when the rule read it only to learn its explicit keys.
 *
 * 2. Preparing (jdbc/). PortableConnection.prepared sees a KeyedInsert and makes a KeyedPreparedStatement.
 *    For one row it prepares the plan's SQL on Altibase at once (one round trip, as without keys). For
 *    several rows it first asks KeysSupport.sendsRowsAsSelect, which reads the table (step 3): Altibase
 *    refuses a multi-row VALUES into a table with a sequence default when it prepares it (docs/altibase.md,
 *    "Prepare-time validation"), so that form is then never prepared; a stand-in Statement holds the
 *    settings until an execution prepares the form it runs.
 *    Every setter binds on the Altibase statement and is recorded in a RecordedRow (a BoundRow), so that
 *    a bound key can be returned as given and the values bound again on another form of the statement.
 *
 * 3. Resolving (keys/, at each execution). executeUpdate goes through PortableStatement.execute, the one
 *    entry point of every execution (it closes what the previous execution left and starts a new Execution);
 *    KeyedPreparedStatement.run then asks KeysSupport.execution, which resolves the KeyedInsert against its
 *    table into a ResolvedInsert:
 *      - the table: KnownTables (one per server URL and user, Caffeine-bounded to 1,000 tables, shared by
 *        the connections of that scope) has its KnownTable, or catalog/TableColumns reads it: ONE catalog
 *        query (SYS_COLUMNS_ with SYS_TABLES_ and SYS_USERS_; a default "S.NEXTVAL" read by SequenceDefault
 *        names the sequence; docs/altibase.md, "Catalog tables"), cached. A KnownTable learned from DDL is
 *        read again only when every column must be known: an INSERT without a column list, keys asked for
 *        by position, or several rows (for their types);
 *      - the keys wanted: RETURNING's columns, else the columns named or numbered, else the table's
 *        sequence columns. A table the catalog does not list (a view, a synonym) wants none, and
 *        getGeneratedKeys() then answers with the Altibase driver's own keys.
 *
 * 4. Deciding (KeyedExecution.start, before anything is sent). For each wanted key of each row, KeyValues
 *    says where it comes from: a literal or bound value is returned as given (CURRVAL after an explicit key
 *    is stale); no value, DEFAULT, or seq.NEXTVAL comes from a sequence; anything else (an expression, a
 *    column without sequence default left out) is SQLFeatureNotSupportedException, with nothing sent.
 *
 * 5. Running and reading, one row. The plan's statement runs (one round trip), then ONE query reads the
 *    CURRVAL of every sequence needed: SELECT BOOK_ID_SEQ.CURRVAL FROM DUAL (SequenceValues.current).
 *    CURRVAL belongs to the session, so other connections' inserts do not change it. In the example:
 *    INSERT, CURRVAL = 2 round trips per execution, plus the catalog query the first time a table made
 *    elsewhere is used (none here: step 0 knew BOOK's sequence column, and the INSERT names its columns).
 *
 * 6. The result set. KeyedExecution.finish returns the keys as InMemoryRows (columns named after the key
 *    columns, typed from the catalog or from the values, one row per inserted row, in row order), which
 *    PortableStatement.keysResult wraps as an InMemoryResultSet (jdbc/) over a CachedRowSet: read-only,
 *    forward-only, getStatement() the driver's statement. It is kept as the keys of the statement's current
 *    Execution: getGeneratedKeys() returns it (and, when the driver found none, the Altibase statement's own);
 *    for RETURNING it is also what executeQuery() returns. The next execution, or closing the statement,
 *    closes it.
 *
 * The other cases
 * ---------------
 * Several rows, one VALUES (INSERT INTO book (title) VALUES (?), ('b')). Into a table without sequence
 * default (and no NEXTVAL in the rows) the statement runs as written. Otherwise KeyedExecution.asSelect
 * fills SELECT_ROWS: the key column is appended when wanted and not named, each bare ? is cast to its
 * column's type (KnownTable.castType; Altibase refuses a bare ? in a select list, docs/altibase.md,
 * "Parameters in select lists"), and every sequence value the rows need (keys appended, DEFAULT, NEXTVAL)
 * is drawn beforehand: SequenceValues.draw, SELECT s.NEXTVAL FROM DUAL CONNECT BY LEVEL <= ?, n values in
 * ONE round trip per sequence, prepared once per sequence and connection. The filled text is prepared and
 * run with the recorded values bound again (KeyedExecution.runPrepared). Round trips: one per sequence,
 * then prepare and run; the keys returned are the values drawn, so they are the keys stored, in row order,
 * whatever other sessions do meanwhile (CURRVAL would give only the last).
 *
 * A batch (addBatch/executeBatch of a one-row INSERT; KeyedBatch, started by KeysSupport.batch):
 *   - keys the rows give: returned as given; the rows run as one Altibase batch (1 round trip);
 *   - keys left to sequence defaults (the column not named): n values drawn per sequence in one query,
 *     then APPEND_KEYS filled ("(title, "ID") VALUES (?, ?)"), prepared once and kept in a PreparedVariant
 *     while its text stays the same, every row bound with its drawn key and run as one Altibase batch:
 *     2 round trips per batch, plus the two prepares the first time. A batch then CURRVAL would give
 *     the last key only;
 *   - rows that say DEFAULT or seq.NEXTVAL for a key: one row at a time, each followed by its CURRVAL,
 *     2 round trips per row; a failure is a BatchUpdateException with the counts of the rows that ran.
 * A batch of a multi-row INSERT runs as one Altibase batch when it needs nothing (no keys, no sequence
 * default); otherwise each set of rows is one execution as above, and the keys of all are concatenated.
 * Statement.addBatch(String) returns no keys (JDBC has none for it); the batch runs as one Altibase batch
 * unless a multi-row INSERT in it must go as INSERT ... SELECT, and then each statement runs on its own.
 *
 * The plain Statement (executeUpdate(sql, RETURN_GENERATED_KEYS), execute(sql, columnNames), ...) takes the
 * same path without binds: PortableStatement.runKeyed runs KeyedExecution.sql(), the plan's text or the
 * filled INSERT ... SELECT, on its Altibase statement, then finish() as in step 6.
 *
 * A sequence default the driver did not write (DEFAULT my_seq.NEXTVAL in a table made elsewhere) is read
 * from SYS_COLUMNS_.DEFAULT_VAL and behaves exactly as an identity column: it is the default that matters.
 *
 * Identities past explicit keys (portable.identitiesPastExplicitKeys; on with the mysql dialect). MySQL
 * and HSQLDB move an identity past a key written explicitly; an Altibase sequence does not. The rule then
 * reads every INSERT (trigger word INSERT) and the execution holds an ExplicitKeys: the largest explicit
 * key written into each identity column the driver gave a sequence (the one SequenceName gives it), read from
 * the literal or the bound value, or from the column's largest value when the key is an expression. Once
 * the statement (or the whole batch) has run, and after its keys were read, SequenceValues.movePast draws
 * the sequence up to that key (ALTER SEQUENCE has no RESTART): in round trips of up to 10,000 values, at
 * most 100,000 values, a key further ahead is left and logged. Nothing is read or drawn when no explicit
 * key was written.
 *
 * What is remembered, and when. Table facts change only after a statement has run (KeysSupport.ran, from
 * the connection's completion hook), never when it is planned. DDL run outside this driver is not seen:
 * KnownTables keeps what it read until a DDL statement runs through the driver for the same server and
 * user, or the table falls out of the bound.
 *
 * Where each part is tested (on the stub, which refuses at prepare what the server refuses): the rule's reading
 * and variants in GeneratedKeysRuleTest; one row, the request forms, catalog reads and DDL in GeneratedKeysTest
 * (e.g. aCreateTableTheDriverRanTellsTheKeyColumnWithoutTheCatalog); batches and several rows, with their round
 * trips, in BatchKeysTest (aBatchTakesTwoRoundTripsAndLeavesOthersKeysAlone); identities past explicit keys in
 * IdentityPastExplicitKeysTest; the translator's view in TranslateKeysTest; the live server in
 * GeneratedKeysLiveIT.
 *
 * Upserts are not generated keys: the conflict targets of an ON DUPLICATE KEY UPDATE or INSERT IGNORE
 * (rewrite/ConflictTargets, read by catalog/TableUniqueKeys) are only cached here, in KnownTables, because
 * they share its scope and its emptying on DDL.
 */
