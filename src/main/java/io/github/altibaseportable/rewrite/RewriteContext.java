package io.github.altibaseportable.rewrite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What one statement's rules report while the engine rewrites it: the edits to splice, companion
 * steps to run before and after the statement, a guard on the statement itself, what the
 * generated-keys support needs, alternative forms of the statement, and whether some part cannot be
 * expressed in Altibase SQL. Also tells rules how the statement is being used.
 */
public final class RewriteContext {
    private final KeysRequest keys;
    private final RewriteProfile profile;
    private final List<Edit> edits = new ArrayList<>();
    private final List<Step> before = new ArrayList<>();
    private final List<Step> after = new ArrayList<>();
    private final List<String> changedBy = new ArrayList<>();
    private final Map<String, List<Edit>> variants = new LinkedHashMap<>();
    private KeysPlan keysPlan;
    private String currentRule;
    private String mainUndo;
    private Guard mainGuard;
    private String unsupported;

    private final BoundTypes boundTypes;
    private final ConflictTargets conflictTargets;
    private QualifiedName uniqueKeysNeeded;
    private final SortedSet<Integer> typedByBinds = new TreeSet<>();

    RewriteContext(KeysRequest keys, RewriteProfile profile, BoundTypes boundTypes, ConflictTargets conflictTargets) {
        this.boundTypes = boundTypes;
        this.conflictTargets = conflictTargets;
        this.keys = keys;
        this.profile = profile;
    }

    /** What the application asked for in generated keys. */
    public KeysRequest keys() {
        return keys;
    }

    /**
     * The {@code java.sql.Types} of the value bound to {@code parameter} when the statement is planned
     * for known binds; {@code null} when it is planned before any bind (see {@link #typedByBinds}).
     */
    public Integer boundType(int parameter) {
        return boundTypes == null ? null : boundTypes.typeOf(parameter);
    }

    /**
     * The number of elements of the array bound to {@code parameter} when the statement is planned for
     * known binds; {@code null} when it is planned before any bind or the value bound is no array.
     */
    public Integer boundArrayLength(int parameter) {
        return boundTypes == null ? null : boundTypes.arrayLength(parameter);
    }

    /**
     * Says that the rewrite of {@code parameter} depends on the type of the value bound to it: the plan
     * made now is the one used before any bind, and the statement is planned again, with
     * {@link #boundType}, for the types bound when it runs.
     */
    public void typedByBinds(int parameter) {
        typedByBinds.add(parameter);
    }

    /**
     * The unique keys of {@code table} when the statement is planned with them; {@code null} when it is
     * planned without: the rule then reports nothing else, and the driver reads them from the catalog
     * and plans the statement again.
     */
    public ConflictTargets conflictTargets(QualifiedName table) {
        if (conflictTargets != null && conflictTargets.table().equals(table)) {
            return conflictTargets;
        }
        uniqueKeysNeeded = table;
        return null;
    }

    QualifiedName uniqueKeysNeeded() {
        return uniqueKeysNeeded;
    }

    int[] typedParameters() {
        if (typedByBinds.isEmpty()) {
            return null;
        }
        int[] parameters = new int[typedByBinds.size()];
        int i = 0;
        for (int parameter : typedByBinds) {
            parameters[i++] = parameter;
        }
        return parameters;
    }

    /** The settings the statement is planned under. */
    public RewriteProfile profile() {
        return profile;
    }

    /** The source dialect the statement is written in. */
    public SourceDialect dialect() {
        return profile.dialect();
    }

    /** Adds an edit to the statement's text. */
    public void edit(Edit edit) {
        edits.add(edit);
        noteChange();
    }

    /** Adds a statement to run before this one; {@code step.undo()} reverses it on later failure. */
    public void before(Step step) {
        before.add(step);
        noteChange();
    }

    /** Adds a statement to run after this one. */
    public void after(Step step) {
        after.add(step);
        noteChange();
    }

    /** Sets the statement that reverses this statement if a later step fails. */
    public void undoMain(String undoSql) {
        mainUndo = undoSql;
        noteChange();
    }

    /** Runs this statement only when {@code guard} holds; otherwise its update count is 0. */
    public void guardMain(Guard guard) {
        mainGuard = guard;
        noteChange();
    }

    /** Tells the generated-keys support what it needs to know about this statement. */
    public void keys(KeysPlan plan) {
        keysPlan = plan;
        noteChange();
    }

    /**
     * Asks for another form of the statement, called {@code name}: the original text with every rule's
     * edits and also {@code extraEdits}, spliced like the statement itself (see
     * {@link StatementPlan#variant}). The driver chooses between the forms when it runs the statement.
     */
    public void variant(String name, List<Edit> extraEdits) {
        variants.put(name, List.copyOf(extraEdits));
    }

    /**
     * Reports a portable form that this rule recognises but cannot express: the statement is sent
     * as written, or refused in strict mode, with {@code reason} as the explanation.
     */
    public void unsupported(String reason) {
        if (unsupported == null) {
            unsupported = currentRule + ": " + reason;
        }
    }

    void startRule(String name) {
        currentRule = name;
    }

    private void noteChange() {
        if (changedBy.isEmpty() || !changedBy.get(changedBy.size() - 1).equals(currentRule)) {
            changedBy.add(currentRule);
        }
    }

    List<Edit> edits() {
        return edits;
    }

    List<Step> before() {
        return before;
    }

    List<Step> after() {
        return after;
    }

    String mainUndo() {
        return mainUndo;
    }

    KeysPlan keysPlan() {
        return keysPlan;
    }

    Map<String, List<Edit>> variants() {
        return variants;
    }

    Guard mainGuard() {
        return mainGuard;
    }

    String unsupportedReason() {
        return unsupported;
    }

    boolean changed() {
        return !changedBy.isEmpty();
    }

    String changedBy() {
        return String.join(", ", changedBy);
    }
}
