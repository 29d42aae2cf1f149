-- MedRec knowledge graph, one SQLite file. The contract between the builder (Build/) and every reader.
-- Entity types: disease, symptom, check, drug, department, food, body_part, side_effect.
-- Relation types (head -> tail):
--   has_symptom (disease->symptom), needs_check (disease->check), common_drug / recommended_drug (disease->drug),
--   in_department (disease->department), complication (disease->disease), good_food / avoid_food / recommended_food
--   (disease->food), located_in (disease->body_part), interacts_with (drug->drug; severity, detail),
--   side_effect (drug->side_effect; frequency), indication (drug->disease), same_drug (zh drug -> en drug via ATC).
-- Every relation has source (data set or 'model:<name>') and confidence in [0,1]; model-proposed edges carry
-- provenance (JSON: model, checkpoint, prompt id, date) and status 'proposed' until the KG check accepts them.
PRAGMA foreign_keys = ON;

CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE IF NOT EXISTS entity (
  id          INTEGER PRIMARY KEY,
  type        TEXT NOT NULL,
  name        TEXT NOT NULL,            -- canonical display name (Chinese where known)
  name_en     TEXT,                     -- English name where known
  code        TEXT,                     -- ICD-10 (国家临床版) for diseases, ATC for drugs, MedDRA/HPO for side effects
  code_system TEXT,
  sources     TEXT NOT NULL DEFAULT '', -- comma-separated data sets that name this entity
  UNIQUE (type, name)
);
CREATE INDEX IF NOT EXISTS ix_entity_name ON entity(name);
CREATE INDEX IF NOT EXISTS ix_entity_name_en ON entity(name_en COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS ix_entity_code ON entity(code);

CREATE TABLE IF NOT EXISTS alias (
  entity_id INTEGER NOT NULL REFERENCES entity(id),
  alias     TEXT NOT NULL,
  kind      TEXT NOT NULL DEFAULT 'alias', -- alias | synonym | brand | english | abbreviation
  source    TEXT NOT NULL,
  PRIMARY KEY (entity_id, alias)
);
CREATE INDEX IF NOT EXISTS ix_alias_alias ON alias(alias);

CREATE TABLE IF NOT EXISTS relation (
  id          INTEGER PRIMARY KEY,
  head_id     INTEGER NOT NULL REFERENCES entity(id),
  type        TEXT NOT NULL,
  tail_id     INTEGER NOT NULL REFERENCES entity(id),
  source      TEXT NOT NULL,
  confidence  REAL NOT NULL,
  severity    TEXT,          -- interactions: major | moderate | minor | unknown
  detail      TEXT,          -- short sentence: interaction effect, side-effect frequency band …
  frequency   REAL,          -- side effects: lower bound of the label frequency in [0,1]
  status      TEXT NOT NULL DEFAULT 'accepted', -- accepted | proposed | rejected
  provenance  TEXT           -- JSON for model-proposed edges
);
CREATE INDEX IF NOT EXISTS ix_relation_head ON relation(head_id, type);
CREATE INDEX IF NOT EXISTS ix_relation_tail ON relation(tail_id, type);

-- Edges hidden from `relation` at build time for the exam/drug hold-out evaluation (10 % of diseases by hash).
CREATE TABLE IF NOT EXISTS holdout_relation (
  head_id INTEGER NOT NULL, type TEXT NOT NULL, tail_id INTEGER NOT NULL, source TEXT NOT NULL
);

-- Short structured facts per disease (no long prose): prevalence text, susceptible people, cure rate, cost …
CREATE TABLE IF NOT EXISTS disease_info (
  entity_id INTEGER NOT NULL REFERENCES entity(id),
  field     TEXT NOT NULL,
  value     TEXT NOT NULL,
  source    TEXT NOT NULL,
  PRIMARY KEY (entity_id, field, source)
);
