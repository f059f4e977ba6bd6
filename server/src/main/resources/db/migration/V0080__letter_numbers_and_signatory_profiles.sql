-- Issue 18 item 1: official letters. A letter number is taken once per letter (kind and subject), at the act the
-- letter records, and kept: the regency's yearly sequence only ever grows, so no number is issued twice (Tata
-- Naskah Dinas). The signed PDF is stored at its first rendering and never replaced: the letter printed again is
-- the same document. Rows are never deleted.
CREATE TABLE letter_sequence (
    tenant_id  varchar(50) NOT NULL REFERENCES tenant (tenant_id),
    year       integer     NOT NULL CHECK (year BETWEEN 2000 AND 2999),
    last_seq   bigint      NOT NULL CHECK (last_seq >= 0),
    PRIMARY KEY (tenant_id, year)
);

CREATE TABLE letter_number (
    tenant_id     varchar(50)  NOT NULL REFERENCES tenant (tenant_id),
    kind          varchar(32)  NOT NULL,
    subject_id    varchar(100) NOT NULL,
    year          integer      NOT NULL,
    seq           bigint       NOT NULL,
    number        varchar(120) NOT NULL,
    letter_date   date         NOT NULL,
    signed_by     varchar(300) NOT NULL,
    issued_at     timestamptz  NOT NULL,
    pdf           bytea,
    pdf_sha256    char(64),
    CHECK ((pdf IS NULL) = (pdf_sha256 IS NULL)),
    PRIMARY KEY (tenant_id, kind, subject_id),
    UNIQUE (tenant_id, year, seq),
    UNIQUE (tenant_id, number)
);

-- An officer's position (jabatan) and NIP, for the signatory block of the letters they sign.
CREATE TABLE officer_signatory (
    tenant_id   varchar(50)  NOT NULL,
    officer_id  uuid         NOT NULL,
    position    varchar(160) NOT NULL CHECK (length(position) >= 3),
    nip         varchar(18)  CHECK (nip ~ '^[0-9]{18}$'),
    updated_at  timestamptz  NOT NULL,
    PRIMARY KEY (tenant_id, officer_id),
    FOREIGN KEY (tenant_id, officer_id) REFERENCES officer (tenant_id, id)
);

ALTER TABLE letter_sequence ENABLE ROW LEVEL SECURITY;
ALTER TABLE letter_sequence FORCE ROW LEVEL SECURITY;
CREATE POLICY letter_sequence_tenant_isolation ON letter_sequence
    USING (tenant_id = current_setting('balai.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('balai.tenant_id', true));
ALTER TABLE letter_number ENABLE ROW LEVEL SECURITY;
ALTER TABLE letter_number FORCE ROW LEVEL SECURITY;
CREATE POLICY letter_number_tenant_isolation ON letter_number
    USING (tenant_id = current_setting('balai.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('balai.tenant_id', true));
ALTER TABLE officer_signatory ENABLE ROW LEVEL SECURITY;
ALTER TABLE officer_signatory FORCE ROW LEVEL SECURITY;
CREATE POLICY officer_signatory_tenant_isolation ON officer_signatory
    USING (tenant_id = current_setting('balai.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('balai.tenant_id', true));

GRANT SELECT, INSERT, UPDATE ON letter_sequence TO ${appRole};
GRANT SELECT, INSERT, UPDATE (pdf, pdf_sha256) ON letter_number TO ${appRole};
GRANT SELECT, INSERT, UPDATE ON officer_signatory TO ${appRole};
