-- Linking looks up the happenings of a pair of sides and a type whose date
-- touches a few days (see linkWindow in happenings.go). With the date as
-- stored ('YYYY-MM-DD', 'YYYY-MM', 'YYYY' or '') in the index, that is a
-- short range of days plus a few exact months and years, and undated
-- happenings are found by the day they were first reported; the index on
-- date_first it replaces had to read a year of a pair's happenings for
-- every event.
DROP INDEX happenings_pair;
CREATE INDEX happenings_link ON happenings (pair_key, type, date, first_day);
