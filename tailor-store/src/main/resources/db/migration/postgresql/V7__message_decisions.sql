-- A message's decision (about 2 KB of JSON) moves to a table of its own, written once when it is
-- made: a state change of the message (claim, outcome) then rewrites a row of about 150 bytes
-- instead of the decision with it.

CREATE TABLE message_decisions (
  message_id     TEXT COLLATE "C" NOT NULL PRIMARY KEY REFERENCES messages (id) ON DELETE CASCADE,
  decision       TEXT    NOT NULL                 -- the decision as JSON
);

INSERT INTO message_decisions (message_id, decision)
SELECT id, decision FROM messages WHERE decision IS NOT NULL;

ALTER TABLE messages DROP COLUMN decision;
