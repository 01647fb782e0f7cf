-- The sealed log (docs/integrity.md): every event, in the order it was sealed, linked into a SHA-256 hash chain
-- (com.pilotledger.verifier.Sealing), and Ed25519-signed checkpoints of the chain's head. Only the sealer writes
-- here, one instance at a time: it locks the row of seal_head.
CREATE TABLE event_seal (
    chain_position   BIGINT       NOT NULL,
    global_index     BIGINT       NOT NULL,
    event_identifier VARCHAR(255) NOT NULL,
    leaf             BYTEA        NOT NULL,
    chain            BYTEA        NOT NULL,
    CONSTRAINT pk_event_seal PRIMARY KEY (chain_position),
    CONSTRAINT uk_event_seal_global_index UNIQUE (global_index)
);

-- Where the chain ends (chain null: nothing sealed yet), the highest global index sealed, and up to which global
-- index every event is sealed (gaps from concurrent appends held open until filled or timed out).
CREATE TABLE seal_head (
    id               INTEGER NOT NULL,
    chain_position   BIGINT  NOT NULL,
    chain            BYTEA,
    max_global_index BIGINT  NOT NULL,
    sealed_through   BIGINT  NOT NULL,
    CONSTRAINT pk_seal_head PRIMARY KEY (id)
);
INSERT INTO seal_head (id, chain_position, chain, max_global_index, sealed_through) VALUES (1, 0, NULL, 0, 0);

-- Signed statements "the first <events> seals end in <head>, and every event up to <sealed_through> is sealed".
CREATE TABLE seal_checkpoint (
    events         BIGINT      NOT NULL,
    head           BYTEA       NOT NULL,
    sealed_through BIGINT      NOT NULL,
    signed_at      VARCHAR(40) NOT NULL,
    key_id         VARCHAR(16) NOT NULL,
    signature      BYTEA       NOT NULL,
    CONSTRAINT pk_seal_checkpoint PRIMARY KEY (events)
);

-- Every public key checkpoints were signed with (PEM), published for auditors to copy.
CREATE TABLE signing_key (
    key_id        VARCHAR(16)   NOT NULL,
    public_key    VARCHAR(1000) NOT NULL,
    first_used_at VARCHAR(40)   NOT NULL,
    CONSTRAINT pk_signing_key PRIMARY KEY (key_id)
);
