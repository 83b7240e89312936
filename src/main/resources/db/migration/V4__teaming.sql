-- Teaming: cost estimates for the capability catalogue (V1 holds capability and partner_capability) and the
-- documented policy constraints (pairs of partners that may not both take part), which a user can switch off.
-- Identical on H2 (MODE=PostgreSQL) and PostgreSQL.

-- An illustrative planning estimate per unit, in millions of US dollars; used when a partner's own estimate is blank.
alter table capability add column unit_cost_usd_millions numeric(14, 3);

-- The partner's own cost estimate per unit, in millions of US dollars; blank: the catalogue estimate applies.
alter table partner_capability add column cost_usd_millions numeric(14, 3);

create index partner_capability_capability_idx on partner_capability (capability_id);

-- No foreign keys to partner: a policy may name a partner that is not (yet) in the registry; it then has no effect.
create table teaming_policy (
    id          varchar(60)   primary key,
    partner_a   varchar(40)   not null,
    partner_b   varchar(40)   not null,
    title       varchar(200)  not null,
    description varchar(2000),
    enabled     boolean       not null default true,
    source_url  varchar(1000) not null,
    version     bigint        not null default 0,
    check (partner_a <> partner_b)
);
