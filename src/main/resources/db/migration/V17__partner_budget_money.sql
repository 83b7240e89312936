-- A partner's budget becomes money like every other amount: units of a currency at a price year, never millions.
-- The stored figures were US dollar millions, nominal in their budget year: converted exactly (× 1,000,000), the
-- currency is USD and the price year is the budget year. Same on H2 (MODE=PostgreSQL) and PostgreSQL.

alter table partner add column budget_amount numeric(20, 2);
alter table partner add column budget_currency varchar(3);
alter table partner add column budget_price_year integer;

update partner
   set budget_amount = budget_usd_millions * 1000000,
       budget_currency = 'USD',
       budget_price_year = budget_year
 where budget_usd_millions is not null;

alter table partner drop column budget_usd_millions;
alter table partner drop column budget_year;
