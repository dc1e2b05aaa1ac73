package io.github.altibaseportable.jmh;

import java.util.StringJoiner;

/**
 * The statements the benchmarks run: a pass-through query, a paging query and an identity DDL, each
 * about 60 bytes, Hibernate-sized (about 600 bytes, Hibernate 6's joins and aliases) and report-sized
 * (about 5 KB, a generated report query or a wide table). The pass-through ones contain no trigger of
 * any rule, so the pre-check sends them as written; the others are rewritten.
 */
public final class Statements {
    /** What a statement needs from the driver. */
    public enum Kind {
        /** No rewrite: sent as written. */
        PASSTHROUGH,
        /** {@code offset ? rows fetch first ? rows only}: rewritten to {@code LIMIT ?, ?} with a shifted bind. */
        PAGING,
        /** {@code CREATE TABLE} with an identity column: a sequence before it, type mappings. */
        IDENTITY
    }

    /** How long a statement is. */
    public enum Size {
        /** About 60 bytes. */
        SHORT,
        /** About 600 bytes. */
        HIBERNATE,
        /** About 5 KB. */
        REPORT
    }

    /** Hibernate's find by primary key, the point query of {@link HotPeersBenchmark}: no rewrite. */
    public static final String POINT_QUERY = "select b1_0.id,b1_0.title from book b1_0 where b1_0.id=?";

    /** Hibernate 6's paging tail, a 0-based offset. */
    static final String PAGING_TAIL = " offset ? rows fetch first ? rows only";

    private Statements() {}

    /** The statement of {@code kind} and {@code size}. */
    public static String of(Kind kind, Size size) {
        return of(kind, size, 0);
    }

    /**
     * The statement of {@code kind} and {@code size}, made distinct by {@code variant} (a number in it), so
     * that different variants are different cache entries of the same shape.
     */
    public static String of(Kind kind, Size size, int variant) {
        switch (kind) {
            case PASSTHROUGH:
                return query(size, variant);
            case PAGING:
                return query(size, variant) + PAGING_TAIL;
            default:
                return table(size, variant);
        }
    }

    private static String query(Size size, int variant) {
        switch (size) {
            case SHORT:
                return "select b1_0.id,b1_0.title from book b1_0 where b1_0.id>" + variant;
            case HIBERNATE:
                return "select b1_0.id,b1_0.author_id,a1_0.id,a1_0.first_name,a1_0.last_name,a1_0.birth_date,"
                        + "b1_0.isbn,b1_0.price,b1_0.published_on,b1_0.publisher_id,p1_0.id,p1_0.name,"
                        + "p1_0.country_code,p1_0.founded_on,b1_0.stock_count,b1_0.title,b1_0.version "
                        + "from book b1_0 join author a1_0 on a1_0.id=b1_0.author_id "
                        + "left join publisher p1_0 on p1_0.id=b1_0.publisher_id "
                        + "left join book_detail d1_0 on d1_0.book_id=b1_0.id "
                        + "where b1_0.title like ? escape '\\' and b1_0.price between ? and ? "
                        + "and a1_0.last_name=? and p1_0.country_code in (?,?,?) and b1_0.stock_count>" + variant
                        + " and d1_0.format<>? and b1_0.published_on>=? "
                        + "order by b1_0.published_on desc,b1_0.id";
            default:
                return report(variant);
        }
    }

    /** A generated report: 120 columns and aggregates over 6 tables, an IN list, EXISTS, GROUP BY, HAVING. */
    private static String report(int variant) {
        String[] tables = {"orders", "customer", "product", "region", "sales_rep", "warehouse"};
        StringJoiner columns = new StringJoiner(", ");
        StringJoiner groups = new StringJoiner(", ");
        for (int i = 0; i < 100; i++) {
            String column = "t" + (i % tables.length) + ".attribute_" + i;
            columns.add(column);
            groups.add(column);
        }
        for (int i = 0; i < 20; i++) {
            columns.add("sum(t0.amount_" + i + ") as total_" + i);
        }
        StringBuilder sql = new StringBuilder("select ")
                .append(columns)
                .append(" from ")
                .append(tables[0])
                .append(" t0");
        for (int t = 1; t < tables.length; t++) {
            sql.append(" join ")
                    .append(tables[t])
                    .append(" t")
                    .append(t)
                    .append(" on t")
                    .append(t)
                    .append(".id = t0.")
                    .append(tables[t])
                    .append("_id");
        }
        sql.append(" where t0.status in (");
        for (int i = 0; i < 40; i++) {
            sql.append(i == 0 ? "?" : ", ?");
        }
        sql.append(") and t0.created_on >= ? and t0.created_on < ?");
        sql.append(" and exists (select 1 from order_line l where l.order_id = t0.id and l.quantity > ")
                .append(variant)
                .append(')');
        for (int i = 0; i < 10; i++) {
            sql.append(" and t")
                    .append(i % tables.length)
                    .append(".flag_")
                    .append(i)
                    .append(" <> ?");
        }
        return sql.append(" group by ")
                .append(groups)
                .append(" having sum(t0.amount_0) > ? order by 1, 2")
                .toString();
    }

    private static String table(Size size, int variant) {
        switch (size) {
            case SHORT:
                return "create table tag" + variant + " (id bigint generated by default as identity)";
            case HIBERNATE:
                return "create table book" + variant + " (id bigint generated by default as identity, "
                        + "author_id bigint not null, publisher_id bigint, isbn varchar(13) not null, "
                        + "title varchar(255) not null, subtitle varchar(255), price numeric(38,2), "
                        + "stock_count integer not null, published_on date, created_at timestamp(6) not null, "
                        + "updated_at timestamp(6), available boolean not null, language_code varchar(8), "
                        + "page_count integer, weight_grams integer, edition integer, version integer not null, "
                        + "summary varchar(2000), primary key (id))";
            default:
                StringBuilder sql = new StringBuilder("create table report_row")
                        .append(variant)
                        .append(" (id bigint generated by default as identity");
                for (int i = 0; sql.length() < 4900; i++) {
                    sql.append(", ")
                            .append(i % 4 == 3 ? "measure_" : "dimension_")
                            .append(i)
                            .append(i % 4 == 3 ? " numeric(38,2)" : " varchar(120) not null");
                }
                return sql.append(", primary key (id))").toString();
        }
    }
}
