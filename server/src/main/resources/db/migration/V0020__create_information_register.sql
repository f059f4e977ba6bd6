-- The register of public information (DIP, Perbup Pasal 16-17) with its documents, the consequence tests that
-- exempt an entry (Pasal 6(2), 16(2)) and the PPID Pembantu's 6-monthly deliveries to the PPID Utama (Pasal 11b).

-- btree_gin lets the full-text index lead with tenant_id like every other index. It is a trusted extension
-- (PostgreSQL 13+): a schema owner without superuser rights may create it.
CREATE EXTENSION IF NOT EXISTS btree_gin;

-- One entry: the Pasal 17(1) columns (a number, b summary, c holding official/unit, d person responsible,
-- e time and place made, f forms, g retention), the class (Pasal 16(1)), the owning PPID (Utama or Pembantu),
-- the documentation stage (Pasal 16(3)) and its publication.
CREATE TABLE register_entry (
    tenant_id              varchar(50)  NOT NULL REFERENCES tenant (tenant_id),
    id                     uuid         NOT NULL,
    number                 varchar(24)  NOT NULL,
    title                  varchar(300) NOT NULL,
    summary                text         NOT NULL,
    holding_official       varchar(200),
    holding_unit           varchar(32)  NOT NULL,
    person_responsible     varchar(200),
    made_on                date,
    made_place             varchar(200),
    available_forms        varchar(100) NOT NULL,
    retention_period       varchar(100),
    info_class             varchar(12)  NOT NULL CHECK (info_class IN ('BERKALA', 'SERTA_MERTA', 'SETIAP_SAAT',
                                                                       'DIKECUALIKAN')),
    class_before_exemption varchar(12),
    owner_ppid             varchar(32)  NOT NULL,
    stage                  varchar(14)  NOT NULL CHECK (stage IN ('DESCRIBED', 'VERIFIED', 'AUTHENTICATED',
                                                                  'CODIFIED')),
    code                   varchar(80),
    published              boolean      NOT NULL DEFAULT false,
    published_at           timestamptz,
    front_page             boolean      NOT NULL DEFAULT false,
    last_updated_on        date,
    next_update_due        date,
    exemption_ground       char(1),
    exemption_decree       varchar(120),
    exempt_until           date,
    created_at             timestamptz  NOT NULL,
    version                integer      NOT NULL DEFAULT 0,
    -- What the public search reads: title (weight A), summary (B), number and code (as they are written).
    search                 tsvector GENERATED ALWAYS AS (
                               setweight(to_tsvector('indonesian'::regconfig, title), 'A')
                               || setweight(to_tsvector('indonesian'::regconfig, summary), 'B')
                               || to_tsvector('simple'::regconfig, number || ' ' || coalesce(code, ''))) STORED,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, number),
    UNIQUE (tenant_id, code),
    FOREIGN KEY (tenant_id, holding_unit) REFERENCES org_unit (tenant_id, code),
    FOREIGN KEY (tenant_id, owner_ppid) REFERENCES org_unit (tenant_id, code)
);
-- Public browsing by class and by unit, newest number last; the officers' lists.
CREATE INDEX register_entry_class_idx ON register_entry (tenant_id, published, info_class, number);
CREATE INDEX register_entry_owner_idx ON register_entry (tenant_id, owner_ppid, info_class, number);
CREATE INDEX register_entry_holder_idx ON register_entry (tenant_id, holding_unit, info_class, number);
-- The named query "berkala overdue" (Perki 1/2021: at least every 6 months).
CREATE INDEX register_entry_berkala_due_idx ON register_entry (tenant_id, next_update_due)
    WHERE info_class = 'BERKALA';
-- The portal's front page (serta merta).
CREATE INDEX register_entry_front_page_idx ON register_entry (tenant_id, published_at) WHERE front_page;
-- Full-text search in Indonesian, tenant first.
CREATE INDEX register_entry_search_idx ON register_entry USING gin (tenant_id, search);

-- The documents of an entry, stored in the database with their SHA-256; their content is never indexed for
-- search, and an exempt entry's documents are never served.
CREATE TABLE register_document (
    tenant_id   varchar(50)  NOT NULL,
    id          uuid         NOT NULL,
    entry_id    uuid         NOT NULL,
    file_name   varchar(200) NOT NULL,
    media_type  varchar(100) NOT NULL,
    size_bytes  integer      NOT NULL CHECK (size_bytes > 0),
    sha256      char(64)     NOT NULL,
    content     bytea        NOT NULL,
    uploaded_at timestamptz  NOT NULL,
    uploaded_by varchar(80)  NOT NULL,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, entry_id) REFERENCES register_entry (tenant_id, id)
);
CREATE INDEX register_document_entry_idx ON register_document (tenant_id, entry_id, uploaded_at);

-- A consequence test (Pasal 16(2)): ground (UU KIP Ps 17 a-j), harm test, considerations, meeting, decision.
CREATE TABLE consequence_test (
    tenant_id         varchar(50)  NOT NULL,
    id                uuid         NOT NULL,
    entry_id          uuid         NOT NULL,
    ground            char(1)      NOT NULL CHECK (ground IN ('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J')),
    harm_test         text         NOT NULL,
    political         text         NOT NULL,
    economic          text         NOT NULL,
    socio_cultural    text         NOT NULL,
    defence_security  text         NOT NULL,
    meeting_on        date         NOT NULL,
    members           text         NOT NULL,
    proposed_by       varchar(80)  NOT NULL,
    proposed_at       timestamptz  NOT NULL,
    status            varchar(20)  NOT NULL CHECK (status IN ('PROPOSED', 'EXEMPTION_FIXED', 'EXEMPTION_REFUSED',
                                                              'OPENED_ON_REVIEW')),
    decree_number     varchar(120),
    exempt_until      date,
    decision_note     text,
    decided_by        varchar(80),
    decided_at        timestamptz,
    version           integer      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, entry_id) REFERENCES register_entry (tenant_id, id)
);
CREATE INDEX consequence_test_entry_idx ON consequence_test (tenant_id, entry_id, proposed_at);
-- One open proposal per entry at a time.
CREATE UNIQUE INDEX consequence_test_one_open_idx ON consequence_test (tenant_id, entry_id)
    WHERE status = 'PROPOSED';

-- Reviews of a fixed exemption for a greater public interest (Pasal 16(2)c), appended, never changed.
CREATE TABLE consequence_test_review (
    tenant_id           varchar(50) NOT NULL,
    consequence_test_id uuid        NOT NULL,
    seq                 integer     NOT NULL,
    at                  timestamptz NOT NULL,
    reviewed_by         varchar(80) NOT NULL,
    public_interest     text        NOT NULL,
    opened              boolean     NOT NULL,
    PRIMARY KEY (tenant_id, consequence_test_id, seq),
    FOREIGN KEY (tenant_id, consequence_test_id) REFERENCES consequence_test (tenant_id, id)
);

-- A PPID Pembantu's delivery of its unit's information to the PPID Utama (Pasal 11b: at least every 6 months).
CREATE TABLE register_delivery (
    tenant_id     varchar(50)  NOT NULL,
    id            uuid         NOT NULL,
    org_unit_code varchar(32)  NOT NULL,
    delivered_on  date         NOT NULL,
    entries       integer      NOT NULL CHECK (entries >= 0),
    note          text,
    recorded_by   varchar(80)  NOT NULL,
    recorded_at   timestamptz  NOT NULL,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, org_unit_code) REFERENCES org_unit (tenant_id, code)
);
CREATE INDEX register_delivery_unit_idx ON register_delivery (tenant_id, org_unit_code, delivered_on);

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['register_entry', 'register_document', 'consequence_test', 'consequence_test_review',
                             'register_delivery'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I USING (tenant_id = current_setting(''balai.tenant_id'', true)) '
                       'WITH CHECK (tenant_id = current_setting(''balai.tenant_id'', true))', t || '_tenant_isolation', t);
    END LOOP;
END
$$;

GRANT SELECT, INSERT, UPDATE ON register_entry, consequence_test TO ${appRole};
-- Documents, reviews and deliveries are kept as written.
GRANT SELECT, INSERT ON register_document, consequence_test_review, register_delivery TO ${appRole};
