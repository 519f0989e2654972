-- An event's participants move from a row each in event_actors into a
-- JSON column of events, and event_actors keeps only what it is searched
-- for: which events name an actor (one row per distinct actor of an event,
-- in any role). Source and target were already columns of events; their
-- rows repeated them, and each of the ~17 rows an article wrote cost two
-- b-tree entries. The participants are read only with their event.

ALTER TABLE events ADD COLUMN participants TEXT NOT NULL DEFAULT '[]'; -- JSON array of actor IDs, in order

UPDATE events SET participants = (
    SELECT json_group_array(ea.actor_id ORDER BY ea.position)
    FROM event_actors ea
    WHERE ea.event_id = events.id AND ea.role = 'participant'
)
WHERE id IN (SELECT event_id FROM event_actors WHERE role = 'participant');

-- The actor is the key: the table is its own index (WITHOUT ROWID), so a
-- row costs one b-tree entry instead of two.
CREATE TABLE event_actors_new (
    actor_id TEXT    NOT NULL REFERENCES actors (id),
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    PRIMARY KEY (actor_id, event_id)
) WITHOUT ROWID;
INSERT INTO event_actors_new (actor_id, event_id) SELECT DISTINCT actor_id, event_id FROM event_actors;
DROP TABLE event_actors;  -- and its index event_actors_actor
ALTER TABLE event_actors_new RENAME TO event_actors;
