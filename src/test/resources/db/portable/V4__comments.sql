COMMENT ON TABLE ${prefix}_book IS 'Books, keyed by an identity column';
COMMENT ON COLUMN ${prefix}_book.title IS 'Title as printed';
