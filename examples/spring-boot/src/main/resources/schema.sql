-- The clinic's schema in PostgreSQL's dialect; spring.sql.init runs it through the driver unchanged.
DROP TABLE IF EXISTS pet CASCADE;
DROP TABLE IF EXISTS owner CASCADE;
DROP TABLE IF EXISTS sequence;

CREATE TABLE owner (
  id   SERIAL PRIMARY KEY,
  name VARCHAR(80) NOT NULL
);

CREATE TABLE pet (
  id         SERIAL PRIMARY KEY,
  name       VARCHAR(30) NOT NULL,
  birth_date DATE,
  owner_id   INTEGER NOT NULL REFERENCES owner (id)
);

CREATE INDEX ON pet (owner_id);

-- SEQUENCE is a reserved word in Altibase, not in PostgreSQL.
CREATE TABLE sequence (
  name    VARCHAR(30) PRIMARY KEY,
  next_id BIGINT NOT NULL DEFAULT 1
);
