-- The first schema: articles with all their annotations, the actors they
-- name, the events coded from them, and the ledger of rejected inputs.
-- Offsets (span_start, span_end, …) are byte offsets into articles.text.
-- Dates are text: 'YYYY-MM-DD', 'YYYY-MM', 'YYYY' or '' for event and
-- expression values; date_first/date_last are always whole days, so range
-- queries compare strings.

CREATE TABLE articles (
    id               INTEGER PRIMARY KEY,
    content_hash     TEXT    NOT NULL UNIQUE,  -- parley.Article.ContentHash()
    canonical_url    TEXT    UNIQUE,           -- store.CanonicalURL(url); NULL when unusable
    url              TEXT    NOT NULL DEFAULT '',
    title            TEXT    NOT NULL DEFAULT '',
    site_name        TEXT    NOT NULL DEFAULT '',
    published        TEXT,                     -- RFC 3339 with the page's zone; NULL when unknown
    published_day    TEXT,                     -- YYYY-MM-DD in the page's zone; NULL when unknown
    published_source TEXT    NOT NULL DEFAULT '',
    language         TEXT    NOT NULL DEFAULT '',
    authors          TEXT    NOT NULL DEFAULT '[]', -- JSON array of names
    text             TEXT    NOT NULL,
    paragraphs       TEXT    NOT NULL DEFAULT '[]', -- JSON array of [start, end]
    sentences        TEXT    NOT NULL DEFAULT '[]', -- JSON array of [start, end]
    locator          TEXT    NOT NULL DEFAULT '',   -- the input first stored from
    ingested_at      TEXT    NOT NULL               -- RFC 3339 UTC
);
CREATE INDEX articles_published_day ON articles (published_day);

CREATE TABLE actors (
    id       TEXT    PRIMARY KEY,   -- "person:xi-jinping", "state:CHN", "new:person:yang-jin"
    name     TEXT    NOT NULL,
    kind     TEXT    NOT NULL,      -- person | state | organization
    country  TEXT    NOT NULL DEFAULT '',
    wikidata TEXT    NOT NULL DEFAULT '',
    known    INTEGER NOT NULL DEFAULT 0  -- 1 when from the knowledge base
);
CREATE INDEX actors_country ON actors (country);

-- The actors of one article, with the role each held on its publication date.
CREATE TABLE article_actors (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    actor_id   TEXT    NOT NULL REFERENCES actors (id),
    position   INTEGER NOT NULL,
    role       TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (article_id, actor_id)
) WITHOUT ROWID;
CREATE INDEX article_actors_actor ON article_actors (actor_id, article_id);

-- One row per actor of a mention; a group mention ("the two leaders") has
-- several rows with the same seq, in the order of position.
CREATE TABLE mentions (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    position   INTEGER NOT NULL,
    actor_id   TEXT    NOT NULL REFERENCES actors (id),
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    via        TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (article_id, seq, position)
) WITHOUT ROWID;
CREATE INDEX mentions_actor ON mentions (actor_id);

CREATE TABLE dates (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    text       TEXT    NOT NULL DEFAULT '',
    value      TEXT    NOT NULL DEFAULT '',
    precision  TEXT    NOT NULL DEFAULT '',  -- decade | year | month | week | day
    earliest   TEXT    NOT NULL DEFAULT '',
    latest     TEXT    NOT NULL DEFAULT '',
    relation   TEXT    NOT NULL DEFAULT '',  -- past | same | future
    anchored   INTEGER NOT NULL DEFAULT 0,
    kind       TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (article_id, seq)
) WITHOUT ROWID;

CREATE TABLE quotes (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    speaker_id TEXT    REFERENCES actors (id),  -- NULL when unattributed
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    text       TEXT    NOT NULL DEFAULT '',
    cue        TEXT    NOT NULL DEFAULT '',
    UNIQUE (article_id, seq)
);
CREATE INDEX quotes_speaker ON quotes (speaker_id);

CREATE TABLE events (
    id               INTEGER PRIMARY KEY,
    article_id       INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    seq              INTEGER NOT NULL,
    type             TEXT    NOT NULL,  -- PLOVER type
    mode             TEXT    NOT NULL DEFAULT '',
    medium           TEXT    NOT NULL DEFAULT '',
    status           TEXT    NOT NULL,
    date             TEXT    NOT NULL DEFAULT '',
    date_first       TEXT,              -- first day the date covers; NULL when undated
    date_last        TEXT,              -- last day the date covers; NULL when undated
    source_id        TEXT    NOT NULL REFERENCES actors (id),
    target_id        TEXT    REFERENCES actors (id),
    location_name    TEXT,              -- NULL when the event has no location
    location_country TEXT,
    evidence_start   INTEGER NOT NULL,
    evidence_end     INTEGER NOT NULL,
    sentence         TEXT    NOT NULL DEFAULT '',
    trigger_start    INTEGER NOT NULL DEFAULT 0,
    trigger_end      INTEGER NOT NULL DEFAULT 0,
    cameo            TEXT    NOT NULL DEFAULT '',
    confidence       REAL    NOT NULL DEFAULT 0,
    rule             TEXT    NOT NULL DEFAULT '',
    UNIQUE (article_id, seq)
);
CREATE INDEX events_date ON events (date_first, date_last);
CREATE INDEX events_type_date ON events (type, date_first);

-- Who took part in an event: its source, its target and its participants
-- (which for a meeting repeat the source and target), for actor queries.
CREATE TABLE event_actors (
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    role     TEXT    NOT NULL CHECK (role IN ('source', 'target', 'participant')),
    position INTEGER NOT NULL,
    actor_id TEXT    NOT NULL REFERENCES actors (id),
    PRIMARY KEY (event_id, role, position)
) WITHOUT ROWID;
CREATE INDEX event_actors_actor ON event_actors (actor_id, event_id);

-- One entry per input that has no stored outcome yet.
CREATE TABLE rejections (
    id      INTEGER PRIMARY KEY,
    locator TEXT    NOT NULL UNIQUE,
    stage   TEXT    NOT NULL,  -- read | extract | analyze | store
    kind    TEXT    NOT NULL,  -- parley.Kind reason code
    detail  TEXT    NOT NULL DEFAULT '',
    at      TEXT    NOT NULL   -- RFC 3339 UTC of the latest rejection
);
