-- Documents (attachments) of any record: their details (with an _aud twin for the change history), their bytes in
-- a table of their own (one row a document, so that lists never read them; in the database, so that its backup
-- holds the files), and the log of who uploaded, downloaded and deleted them. Portable SQL: runs unchanged on H2
-- (bytea is BINARY VARYING there) and PostgreSQL.

create table document (
    id            bigint       not null primary key,
    version       bigint       not null,
    created_at    timestamp with time zone not null,
    created_by    varchar(100) not null,
    updated_at    timestamp with time zone not null,
    updated_by    varchar(100) not null,
    owner_kind    varchar(30)  not null,
    owner_id      bigint       not null,
    partner_id    bigint references partner (id),
    file_name     varchar(255) not null,
    content_type  varchar(100) not null,
    size_bytes    bigint       not null,
    sha256        varchar(64)  not null,
    description   varchar(500),
    -- the same file once per record; its index also serves the list of a record's documents
    constraint uk_document_checksum unique (owner_kind, owner_id, sha256),
    constraint ck_document_size check (size_bytes > 0)
);
create index ix_document_partner on document (partner_id);

create table document_aud (
    id            bigint not null,
    rev           bigint not null references revinfo (rev),
    revtype       smallint,
    version       bigint,
    created_at    timestamp with time zone,
    created_by    varchar(100),
    updated_at    timestamp with time zone,
    updated_by    varchar(100),
    owner_kind    varchar(30),
    owner_id      bigint,
    partner_id    bigint,
    file_name     varchar(255),
    content_type  varchar(100),
    size_bytes    bigint,
    sha256        varchar(64),
    description   varchar(500),
    primary key (id, rev)
);

-- Not audited: the bytes never change, and the audited document keeps their SHA-256.
create table document_content (
    document_id  bigint not null primary key references document (id),
    content      bytea  not null
);

-- Only appended to. No foreign key to document: the log outlives a deleted document (it names the file itself).
create table document_access (
    id           bigint       not null primary key,
    document_id  bigint       not null,
    owner_kind   varchar(30)  not null,
    owner_id     bigint       not null,
    file_name    varchar(255) not null,
    action       varchar(10)  not null,
    username     varchar(100) not null,
    accessed_at  timestamp with time zone not null
);
create index ix_document_access_document on document_access (document_id);
create index ix_document_access_owner on document_access (owner_kind, owner_id);
