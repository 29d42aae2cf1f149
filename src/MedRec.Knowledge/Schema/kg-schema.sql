-- MedRec knowledge graph, one SQLite file. The contract between the builder (Build/) and every reader.
-- Entity types: disease, symptom, check, drug, department, food, body_part, side_effect.
-- Relation types (head -> tail):
--   has_symptom (disease->symptom), needs_check (disease->check), common_drug / recommended_drug (disease->drug),
--   in_department (disease->department), complication (disease->disease), good_food / avoid_food
--   (disease->food), located_in (disease->body_part), interacts_with (drug->drug; severity, detail),
--   side_effect (drug->side_effect; frequency), indication (drug->disease), same_drug (zh drug -> en drug via ATC).
-- Every relation has source (data set or 'model:<name>') and confidence in [0,1]; model-proposed edges carry
-- provenance (JSON: model, checkpoint, prompt id, date) and status 'proposed' until the KG check accepts them.

CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE IF NOT EXISTS entity (
  id          INTEGER PRIMARY KEY,
  type        TEXT NOT NULL,
  name        TEXT NOT NULL,            -- canonical display name (Chinese where known)
  name_en     TEXT,                     -- English name where known
  code        TEXT,                     -- ICD-10 (国家临床版) for diseases, ATC for drugs, UMLS CUI for side effects
  code_system TEXT,
  sources     TEXT NOT NULL DEFAULT '', -- comma-separated data sets that name this entity
  UNIQUE (name, type)                   -- also serves lookups by name alone
);
CREATE INDEX IF NOT EXISTS ix_entity_name_en ON entity(name_en COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS ix_entity_code ON entity(code);

CREATE TABLE IF NOT EXISTS alias (
  entity_id INTEGER NOT NULL REFERENCES entity(id),
  alias     TEXT NOT NULL,
  kind      TEXT NOT NULL DEFAULT 'alias', -- alias | synonym | brand | english | chinese
  source    TEXT NOT NULL,
  PRIMARY KEY (entity_id, alias)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS ix_alias_alias ON alias(alias);

-- Relation types and sources are stored once and referenced by small integers (the KG has ~800k edges and
-- must stay under 60 MB); the view relation_named shows them with their names.
CREATE TABLE IF NOT EXISTS relation_type (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE IF NOT EXISTS source (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE IF NOT EXISTS detail_text (id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE);

CREATE TABLE IF NOT EXISTS relation (
  head_id     INTEGER NOT NULL,
  type_id     INTEGER NOT NULL REFERENCES relation_type(id),
  tail_id     INTEGER NOT NULL,
  source_id   INTEGER NOT NULL REFERENCES source(id),
  confidence  REAL NOT NULL,
  severity    TEXT,          -- interactions: major | moderate | minor | unknown
  detail      TEXT,          -- short sentence (interaction effect …); or detail_id for one shared by many edges
  detail_id   INTEGER,       -- readers COALESCE(detail, detail_text.text); DrugBank templates use #Drug1/#Drug2
  frequency   REAL,          -- side effects: lower bound of the label frequency in [0,1]
  status      TEXT,          -- NULL = accepted (curated source) | proposed | rejected (model-proposed edges)
  provenance  TEXT,          -- JSON for model-proposed edges: model, checkpoint, prompt, date
  PRIMARY KEY (head_id, type_id, tail_id, source_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS ix_relation_tail ON relation(tail_id, type_id);

CREATE VIEW IF NOT EXISTS relation_named AS
  SELECT r.head_id, t.name AS type, r.tail_id, s.name AS source, r.confidence, r.severity,
         COALESCE(r.detail, d.text) AS detail, r.frequency, COALESCE(r.status, 'accepted') AS status, r.provenance
  FROM relation r JOIN relation_type t ON t.id = r.type_id JOIN source s ON s.id = r.source_id
  LEFT JOIN detail_text d ON d.id = r.detail_id;

-- The exam/drug hold-out (10 % of diseases by hash): these edges stay in `relation` so the shipped KG is complete,
-- and are listed here so evaluation hides them at query time and training never sees them as targets.
CREATE TABLE IF NOT EXISTS holdout_relation (
  head_id INTEGER NOT NULL, type TEXT NOT NULL, tail_id INTEGER NOT NULL, source TEXT NOT NULL
);

-- Short structured facts per disease (no long prose): prevalence, susceptible people, cure rate, prevention …
CREATE TABLE IF NOT EXISTS disease_info (
  entity_id INTEGER NOT NULL REFERENCES entity(id),
  field     TEXT NOT NULL,
  value     TEXT NOT NULL,
  source    TEXT NOT NULL,
  PRIMARY KEY (entity_id, field, source)
) WITHOUT ROWID;

-- Surfaces that name a KG entity but are almost never a finding in patient text (医生, 炎症): the linker skips them.
CREATE TABLE IF NOT EXISTS linking_stopword (surface TEXT PRIMARY KEY) WITHOUT ROWID;
