-- The personal-data vault (UU 27/2022): one row per complainant or requester, kept apart from the cases, which
-- refer to it by id only. Every value is encrypted by the application (AES-256-GCM, bound to tenant, row and
-- column; see privacy.infrastructure.AesGcmCipher): the database, its backups and its operators see ciphertext.
-- phone_digest and email_digest are keyed digests (HMAC-SHA256 under a key derived from the personal-data key,
-- over the tenant, the column and the normalised value: +62… numbers, lower-case addresses) for exact-match
-- lookups such as "the SMS sender's earlier cases" without decrypting anything; without the key they cannot be
-- tested against guessed numbers.
-- Erasure is an UPDATE that clears every value and digest and sets erased_at: the id stays, so the cases that
-- refer to it still read, and the application role has no DELETE.
CREATE TABLE person (
    tenant_id      varchar(50) NOT NULL REFERENCES tenant (tenant_id),
    id             uuid        NOT NULL,
    name_enc       bytea,
    phone_enc      bytea,
    email_enc      bytea,
    address_enc    bytea,
    id_number_enc  bytea,
    occupation_enc bytea,
    phone_digest   bytea,
    email_digest   bytea,
    created_at     timestamptz NOT NULL DEFAULT now(),
    erased_at      timestamptz,
    PRIMARY KEY (tenant_id, id),
    -- Erased means nothing left to read or find.
    CHECK (erased_at IS NULL OR num_nonnulls(name_enc, phone_enc, email_enc, address_enc, id_number_enc,
                                             occupation_enc, phone_digest, email_digest) = 0)
);
CREATE INDEX person_phone_digest_idx ON person (tenant_id, phone_digest);
CREATE INDEX person_email_digest_idx ON person (tenant_id, email_digest);

ALTER TABLE person ENABLE ROW LEVEL SECURITY;
ALTER TABLE person FORCE ROW LEVEL SECURITY;
CREATE POLICY person_tenant_isolation ON person
    USING (tenant_id = current_setting('balai.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('balai.tenant_id', true));

GRANT SELECT, INSERT, UPDATE ON person TO ${appRole};
