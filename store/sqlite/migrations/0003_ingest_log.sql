-- What ingest needs to resume a job and to poll feeds politely.
--
-- ingest_log has one row per input that has an outcome, written in the same
-- transaction as the article or the rejection, so that after a crash an
-- input is either logged with its outcome or not touched at all. A rerun
-- skips the inputs logged here instead of analyzing them again.
CREATE TABLE ingest_log (
    locator    TEXT    PRIMARY KEY,
    outcome    TEXT    NOT NULL CHECK (outcome IN ('stored', 'duplicate', 'rejected')),
    article_id INTEGER REFERENCES articles (id) ON DELETE SET NULL, -- NULL when rejected
    fetched    TEXT,                -- RFC 3339 UTC when the bytes came from the web; NULL otherwise
    at         TEXT    NOT NULL     -- RFC 3339 UTC of the outcome
);

-- The validators of the last full response of each feed, sent back as
-- If-None-Match / If-Modified-Since on the next poll.
CREATE TABLE feed_state (
    url           TEXT PRIMARY KEY,
    etag          TEXT NOT NULL DEFAULT '',
    last_modified TEXT NOT NULL DEFAULT '',
    checked_at    TEXT NOT NULL     -- RFC 3339 UTC of the last poll that changed the state
);
