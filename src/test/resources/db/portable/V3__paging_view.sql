-- A paging view: the second page of two books, with a 0-based offset (Altibase: LIMIT 3, 2).
CREATE VIEW ${prefix}_second_page AS
SELECT id, title FROM ${prefix}_book ORDER BY id OFFSET 2 ROWS FETCH NEXT 2 ROWS ONLY;
