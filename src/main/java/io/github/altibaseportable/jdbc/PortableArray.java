package io.github.altibaseportable.jdbc;

import io.github.altibaseportable.SqlState;
import java.sql.Array;
import java.sql.JDBCType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Locale;
import java.util.Map;

/**
 * An array made by {@code Connection.createArrayOf}: Altibase has no arrays, so it only holds its
 * elements. Bound to a {@code = ANY (?)} or {@code <> ALL (?)} parameter, it is sent as one parameter
 * per element (see the {@code arrays} rule); bound anywhere else, Altibase refuses it.
 */
public final class PortableArray implements Array {
    private final String typeName;
    private final int baseType;
    private Object[] elements;

    PortableArray(String typeName, Object[] elements) throws SQLException {
        if (typeName == null || elements == null) {
            throw SqlState.INVALID_USE_OF_NULL_POINTER.exception("createArrayOf needs a type name and elements");
        }
        this.typeName = typeName;
        this.baseType = baseType(typeName);
        this.elements = elements.clone();
    }

    /** The {@code java.sql.Types} code of a type name such as {@code integer} or {@code VARCHAR}; OTHER if unknown. */
    private static int baseType(String typeName) {
        try {
            return JDBCType.valueOf(typeName.trim().toUpperCase(Locale.ROOT)).getVendorTypeNumber();
        } catch (IllegalArgumentException unknown) {
            return Types.OTHER;
        }
    }

    private Object[] elements() throws SQLException {
        if (elements == null) {
            throw SqlState.FUNCTION_SEQUENCE_ERROR.exception("the array was freed");
        }
        return elements;
    }

    /** The number of elements. */
    int length() throws SQLException {
        return elements().length;
    }

    /**
     * Binds element {@code i} at {@code positions[i]} of {@code statement} (as {@code setObject}, a
     * {@code java.time} element converted); positions beyond the last element get NULL.
     */
    void bindTo(PreparedStatement statement, int[] positions) throws SQLException {
        Object[] values = elements();
        for (int i = 0; i < positions.length; i++) {
            if (i < values.length && values[i] != null) {
                statement.setObject(positions[i], ValueConversions.toAltibase(values[i]));
            } else {
                statement.setNull(positions[i], baseType == Types.OTHER ? Types.VARCHAR : baseType);
            }
        }
    }

    @Override
    public String getBaseTypeName() throws SQLException {
        elements();
        return typeName;
    }

    @Override
    public int getBaseType() throws SQLException {
        elements();
        return baseType;
    }

    @Override
    public Object getArray() throws SQLException {
        return elements().clone();
    }

    @Override
    public Object getArray(Map<String, Class<?>> map) throws SQLException {
        return getArray();
    }

    /** Elements {@code index} (1-based) to {@code index + count - 1}; SQLState 07009 outside the array. */
    @Override
    public Object getArray(long index, int count) throws SQLException {
        Object[] values = elements();
        if (index < 1 || count < 0 || index - 1 + count > values.length) {
            throw SqlState.INVALID_DESCRIPTOR_INDEX.exception(
                    "elements " + index + ".." + (index + count - 1) + " are outside 1.." + values.length);
        }
        Object[] slice = new Object[count];
        System.arraycopy(values, (int) (index - 1), slice, 0, count);
        return slice;
    }

    @Override
    public Object getArray(long index, int count, Map<String, Class<?>> map) throws SQLException {
        return getArray(index, count);
    }

    @Override
    public ResultSet getResultSet() throws SQLException {
        throw SqlState.OPTIONAL_FEATURE_NOT_IMPLEMENTED.exception("an array of this driver has no result set");
    }

    @Override
    public ResultSet getResultSet(Map<String, Class<?>> map) throws SQLException {
        return getResultSet();
    }

    @Override
    public ResultSet getResultSet(long index, int count) throws SQLException {
        return getResultSet();
    }

    @Override
    public ResultSet getResultSet(long index, int count, Map<String, Class<?>> map) throws SQLException {
        return getResultSet();
    }

    @Override
    public void free() {
        elements = null;
    }

    @Override
    public String toString() {
        return elements == null ? "PortableArray[freed]" : "PortableArray" + java.util.Arrays.toString(elements);
    }
}
