-- Portable SQL, as ORMs and query builders write it.
-- Translate it with:  java -jar target/altibase-portable-<version>-all.jar translate examples/portable.sql

-- Hibernate 6 (H2, PostgreSQL, Oracle, SQL Server dialects): 0-based offset, then row count.
select b1_0.id,b1_0.title from book b1_0 order by b1_0.id offset ? rows fetch first ? rows only;

-- jOOQ (SQLDialect.DEFAULT), MyBatis PageHelper (PostgreSQL): count, then offset.
select id, title from book order by id limit ? offset ?;

-- Spring Data JDBC (PostgreSQL dialect) inlines the values.
SELECT book.id, book.title FROM book ORDER BY book.id LIMIT 10 OFFSET 20;

-- Offset only, and first rows only.
SELECT id FROM book ORDER BY id OFFSET 5 ROWS;
SELECT id FROM book ORDER BY id FETCH FIRST 3 ROWS ONLY;

-- Paging inside an inline view and a set operation.
SELECT * FROM (SELECT id FROM book ORDER BY id LIMIT 3 OFFSET 2) b;
SELECT id FROM book UNION ALL SELECT id FROM archive ORDER BY 1 LIMIT 5 OFFSET 10;

-- Native Altibase SQL reaches the server exactly as written.
SELECT seq_book.NEXTVAL FROM DUAL;
SELECT /*+ FULL(book) */ id FROM book ORDER BY id LIMIT 1, 10;

-- Booleans, set operations, joins, select-list parameters and upserts (PostgreSQL style).
SELECT b.id, b.price > 20 AS expensive FROM book b JOIN author a USING (author_id) WHERE b.in_print = TRUE;
SELECT id FROM book EXCEPT SELECT book_id FROM loan;
INSERT INTO tag (id, name) SELECT ?, ? FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM tag WHERE id = ?);
INSERT INTO stock (book_id, copies) VALUES (?, ?) ON CONFLICT (book_id) DO UPDATE SET copies = stock.copies + EXCLUDED.copies;
