-- Rows whose keys come from the identity columns. Altibase rejects multi-row VALUES into a table whose key
-- defaults to a sequence; the driver sends the two authors as INSERT ... SELECT ... UNION ALL instead.
INSERT INTO ${prefix}_author (name) VALUES ('Ursula K. Le Guin'), ('Iain M. Banks');

INSERT INTO ${prefix}_book (author_id, title) SELECT id, 'Rocannon''s World' FROM ${prefix}_author WHERE name = 'Ursula K. Le Guin';
INSERT INTO ${prefix}_book (author_id, title) SELECT id, 'Planet of Exile' FROM ${prefix}_author WHERE name = 'Ursula K. Le Guin';
INSERT INTO ${prefix}_book (author_id, title) SELECT id, 'City of Illusions' FROM ${prefix}_author WHERE name = 'Ursula K. Le Guin';
INSERT INTO ${prefix}_book (author_id, title) SELECT id, 'The Left Hand of Darkness' FROM ${prefix}_author WHERE name = 'Ursula K. Le Guin';
INSERT INTO ${prefix}_book (author_id, title) SELECT id, 'The Dispossessed' FROM ${prefix}_author WHERE name = 'Ursula K. Le Guin';
