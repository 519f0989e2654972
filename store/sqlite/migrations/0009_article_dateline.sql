-- The place a story was filed from, as a date line of its own names it
-- ("Kingston" of "Kingston, Tuesday, March 16, 2004"); '' when there is
-- none. Articles stored before this migration have none.

ALTER TABLE articles ADD COLUMN dateline TEXT NOT NULL DEFAULT '';
