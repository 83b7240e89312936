-- Every "already exists" rule of the services is a unique constraint, so that two requests passing a service's check
-- together cannot both store (issue 16). Identical on H2 (MODE=PostgreSQL) and PostgreSQL.
--
-- Already unique before this migration: partner, project, agreement, capability, teaming_policy, exchange_rate,
-- price_index, schedule_plan and risk_matrix by primary key; participation (project_id, partner_id),
-- share_table (project_id, name), partner_capability (partner_id, capability_id), app_user (username),
-- api_token (token_hash).
--
-- A database written by an earlier version may hold rows that break a new rule (concurrent POSTs stored up to ten
-- copies of one contribution). Those are cleaned first, keeping every fact:
--   * a contribution identical to one with a lower id in every column but id and version is removed; a ledger credit
--     pointing at it is moved to the kept row;
--   * a contribution that shares project, partner, kind and element with a lower id but differs in value or source is
--     kept, its element suffixed with " (#<id>)" so that both stay readable and distinct;
--   * of ledger credits giving the same contribution an agreed value, the lowest id keeps the link; the others stay
--     as free-standing credits (contribution_id null), with their description and amount;
--   * an agreement party listed twice on one agreement (same partner and country name) keeps its lowest id.

-- Contributions: exact copies go, pointing their ledger credits at the kept row first.
update ledger_credit set contribution_id = (
        select min(k.id) from contribution k join contribution d
          on k.project_id = d.project_id and k.partner_id = d.partner_id and k.kind = d.kind and k.element = d.element
         and coalesce(k.amount, -1) = coalesce(d.amount, -1) and coalesce(k.currency, '') = coalesce(d.currency, '')
         and coalesce(k.price_year, -1) = coalesce(d.price_year, -1) and k.source_url = d.source_url
        where d.id = ledger_credit.contribution_id)
where contribution_id is not null;

delete from contribution where exists (
        select 1 from contribution k
        where k.id < contribution.id and k.project_id = contribution.project_id
          and k.partner_id = contribution.partner_id and k.kind = contribution.kind and k.element = contribution.element
          and coalesce(k.amount, -1) = coalesce(contribution.amount, -1)
          and coalesce(k.currency, '') = coalesce(contribution.currency, '')
          and coalesce(k.price_year, -1) = coalesce(contribution.price_year, -1)
          and k.source_url = contribution.source_url);

update contribution set element = substring(element from 1 for 480) || ' (#' || cast(id as varchar(20)) || ')'
where exists (
        select 1 from contribution k
        where k.id < contribution.id and k.project_id = contribution.project_id
          and k.partner_id = contribution.partner_id and k.kind = contribution.kind and k.element = contribution.element);

alter table contribution add constraint contribution_key unique (project_id, partner_id, kind, element);

-- Ledger credits: at most one agreed value per contribution. NULL (a credit for no registry contribution) may repeat:
-- both databases treat NULLs as distinct in a unique constraint.
update ledger_credit set contribution_id = null
where contribution_id is not null and exists (
        select 1 from ledger_credit k where k.contribution_id = ledger_credit.contribution_id and k.id < ledger_credit.id);

alter table ledger_credit add constraint ledger_credit_contribution_key unique (contribution_id);

-- Agreement parties: a party is a partner, a country, or both; either may be NULL, and NULLs are distinct in a unique
-- constraint. H2 and PostgreSQL share no syntax for an expression index or a generated column, so the key is a plain
-- column written by the application: partner id, '|', country name (each '' when absent), as the service compares.
alter table agreement_party add column party_key varchar(150);
update agreement_party set party_key = coalesce(partner_id, '') || '|' || coalesce(country_name, '');
delete from agreement_party where exists (
        select 1 from agreement_party k
        where k.agreement_id = agreement_party.agreement_id and k.party_key = agreement_party.party_key
          and k.id < agreement_party.id);
alter table agreement_party alter column party_key set not null;
alter table agreement_party add constraint agreement_party_key unique (agreement_id, party_key);
