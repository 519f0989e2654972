-- An article's mentions and dates move from a row each (tables mentions
-- and dates) into one JSON column each of articles: they are only ever
-- read back whole, per article, and their rows and index entries were
-- most of the cost of storing an article. The format is described in
-- store/sqlite/annotations.go; the arrays built here are the ones the Go
-- code writes, in the same order (seq, then position).

ALTER TABLE articles ADD COLUMN mentions TEXT NOT NULL DEFAULT '[]';
ALTER TABLE articles ADD COLUMN dates TEXT NOT NULL DEFAULT '[]';

-- One element per mention: its span and how it was found (the same on
-- every row of a group mention) and its actors in the order of position.
UPDATE articles SET mentions = (
    SELECT json_group_array(json(g.mention) ORDER BY g.seq)
    FROM (
        SELECT m.seq AS seq,
               json_array(min(m.span_start), min(m.span_end), min(m.via),
                          json_group_array(m.actor_id ORDER BY m.position)) AS mention
        FROM mentions m
        WHERE m.article_id = articles.id
        GROUP BY m.seq
    ) g
)
WHERE id IN (SELECT article_id FROM mentions);

UPDATE articles SET dates = (
    SELECT json_group_array(json_array(d.span_start, d.span_end, d.text, d.value, d.precision,
                                       d.earliest, d.latest, d.relation, d.anchored, d.kind) ORDER BY d.seq)
    FROM dates d
    WHERE d.article_id = articles.id
)
WHERE id IN (SELECT article_id FROM dates);

DROP TABLE mentions;  -- and its index mentions_actor
DROP TABLE dates;

-- Indexes no query uses: no statement selects an article's actors by
-- actor, quotes by speaker or actors by country (TestNoQueryNeedsDroppedIndexes
-- checks the plans of the queries on those tables). Each was one more
-- b-tree insert for every row stored.
DROP INDEX article_actors_actor;
DROP INDEX quotes_speaker;
DROP INDEX actors_country;
