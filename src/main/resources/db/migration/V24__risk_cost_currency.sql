-- A risk's cost impact is money like every other amount: its currency and price year are stored with it.
-- Rule (docs/risk-jcl.md): left out of a request, the currency is the project's cost currency (USD when the project
-- states no cost) and the price year the project's cost price year when the currency is the project's, otherwise the
-- year of the change. Existing rows get the same rule, so what they showed before stays what they mean.
alter table risk add column cost_currency varchar(3);
alter table risk add column cost_price_year integer;
alter table risk_change add column cost_currency varchar(3);
alter table risk_change add column cost_price_year integer;

update risk set
    cost_currency = coalesce((select p.cost_currency from project p where p.id = risk.project_id), 'USD'),
    cost_price_year = coalesce((select p.cost_price_year from project p
                                where p.id = risk.project_id and p.cost_currency is not null),
                               extract(year from risk.changed_at))
where cost_mode is not null;

update risk_change set
    cost_currency = coalesce((select p.cost_currency from project p where p.id = risk_change.project_id), 'USD'),
    cost_price_year = coalesce((select p.cost_price_year from project p
                                where p.id = risk_change.project_id and p.cost_currency is not null),
                               extract(year from risk_change.changed_at))
where cost_mode is not null;
