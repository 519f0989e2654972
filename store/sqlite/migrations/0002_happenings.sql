-- Happenings: the real-world occurrences that stored events report. Every
-- event belongs to exactly one happening (happening_events); the happening
-- row holds what its events say together (store.Summarize), recomputed
-- whenever an event joins it. Dates follow the events table: date is
-- 'YYYY-MM-DD', 'YYYY-MM', 'YYYY' or ''; date_first/date_last are whole
-- days or NULL when undated.

CREATE TABLE happenings (
    id                INTEGER PRIMARY KEY,
    pair_key          TEXT    NOT NULL,  -- store.PairKey: the two side keys, sorted, joined by '|'
    type              TEXT    NOT NULL,
    mode              TEXT    NOT NULL DEFAULT '',
    status            TEXT    NOT NULL,  -- occurred | planned | cancelled | hypothetical | negated
    medium            TEXT    NOT NULL DEFAULT '',
    date              TEXT    NOT NULL DEFAULT '',
    date_first        TEXT,
    date_last         TEXT,
    source_id         TEXT    NOT NULL REFERENCES actors (id),
    target_id         TEXT    REFERENCES actors (id),
    location_name     TEXT,
    location_country  TEXT,
    mentions          INTEGER NOT NULL DEFAULT 0,
    articles          INTEGER NOT NULL DEFAULT 0,
    outlets           INTEGER NOT NULL DEFAULT 0,
    first_seen        TEXT,              -- RFC 3339 UTC of the earliest supporting article; NULL when none is dated
    last_seen         TEXT,
    first_day         TEXT,              -- YYYY-MM-DD, the earliest supporting article's day in its own zone
    last_day          TEXT,              -- the latest one's
    announcer_event   INTEGER            -- the event whose sentence names the announcer; NULL when none
);
-- Linking looks up the happenings of a pair of sides near a date.
CREATE INDEX happenings_pair ON happenings (pair_key, type, date_first);
CREATE INDEX happenings_date ON happenings (date_first, date_last);

-- Which happening each event supports, with the facts linking derived
-- from its article: whether each side was a head of state or government
-- on the publication date, and who announced a planned event.
CREATE TABLE happening_events (
    event_id       INTEGER PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
    happening_id   INTEGER NOT NULL REFERENCES happenings (id) ON DELETE CASCADE,
    source_leader  INTEGER NOT NULL DEFAULT 0,
    target_leader  INTEGER NOT NULL DEFAULT 0,
    announcer_id   TEXT    REFERENCES actors (id),
    announcer_role TEXT    NOT NULL DEFAULT '',
    announced_on   TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX happening_events_happening ON happening_events (happening_id);

-- The actors of each happening, by date, for "what did X do around D"
-- (day is date_first, '' when undated; day_last is date_last or '').
CREATE TABLE happening_actors (
    actor_id     TEXT    NOT NULL REFERENCES actors (id),
    day          TEXT    NOT NULL,
    happening_id INTEGER NOT NULL REFERENCES happenings (id) ON DELETE CASCADE,
    day_last     TEXT    NOT NULL,
    PRIMARY KEY (actor_id, day, happening_id)
) WITHOUT ROWID;
CREATE INDEX happening_actors_happening ON happening_actors (happening_id);

-- Every pair of actors of each happening (actor_x < actor_y), by date, so
-- that a briefing finds a pair's happenings without reading either
-- actor's others. In both tables day_last rides in the key's b-tree, so a
-- date range is filtered on it before any happening row is read.
CREATE TABLE happening_pairs (
    actor_x      TEXT    NOT NULL,
    actor_y      TEXT    NOT NULL,
    day          TEXT    NOT NULL,
    happening_id INTEGER NOT NULL REFERENCES happenings (id) ON DELETE CASCADE,
    day_last     TEXT    NOT NULL,
    first_day    TEXT    NOT NULL,  -- happenings.first_day, '' when NULL
    PRIMARY KEY (actor_x, actor_y, day, happening_id)
) WITHOUT ROWID;
CREATE INDEX happening_pairs_happening ON happening_pairs (happening_id);
