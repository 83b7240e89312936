-- Teaming: the page that states a capability's unit cost (issue 12). A cost without one is an illustrative planning
-- figure: the coalition builder does not count it in a coalition's cost, and marks it.
-- Identical on H2 (MODE=PostgreSQL) and PostgreSQL.
alter table capability add column unit_cost_source_url varchar(1000);
