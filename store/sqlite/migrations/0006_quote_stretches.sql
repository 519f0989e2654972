-- A quotation is one record however many stretches it runs over ("“…,”
-- he said. “…”"): the first stretch stays in span_start/span_end/text, the
-- others are kept here as a JSON array of [start, end] byte offsets into
-- the article's text ('' when there are none).

ALTER TABLE quotes ADD COLUMN more TEXT NOT NULL DEFAULT '';
