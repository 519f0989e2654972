-- A happening keeps the tally of its mentions (store.Tally, binary), so
-- that linking a new mention reads one row instead of every mention the
-- happening has: a summit reported by thousands of pages no longer costs
-- each new report thousands of rows. NULL (rows from before this
-- migration) makes the linker tally the mentions when it next needs them.

ALTER TABLE happenings ADD COLUMN tally BLOB;
