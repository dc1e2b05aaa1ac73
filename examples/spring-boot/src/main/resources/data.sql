INSERT INTO owner (name) VALUES ('George Franklin');
INSERT INTO owner (name) VALUES ('Betty Davis');
INSERT INTO owner (name) VALUES ('Eduardo Rodriquez');
INSERT INTO owner (name) VALUES ('Harold Davis');
INSERT INTO owner (name) VALUES ('Peter McTavish');
INSERT INTO owner (name) VALUES ('Jean Coleman');

INSERT INTO pet (name, birth_date, owner_id) VALUES ('Leo', '2010-09-07', 1);
INSERT INTO pet (name, birth_date, owner_id) VALUES ('Basil', '2012-08-06', 2);
INSERT INTO pet (name, birth_date, owner_id) VALUES ('Rosy', '2011-04-17', 3);
INSERT INTO pet (name, birth_date, owner_id) VALUES ('Jewel', '2010-03-07', 3);
INSERT INTO pet (name, birth_date, owner_id) VALUES ('Iggy', '2010-11-30', 4);

INSERT INTO sequence (name, next_id) VALUES ('invoice', 1000);
