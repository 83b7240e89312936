-- A JCL run of a plan with a start date keeps its finish figures as dates, counted by the plan's calendar rule at the
-- time of the run (calendar days, or the working days of its calendar), so the run history shows them even after
-- the plan's start or calendar changes. Null for runs of plans without a start date.
alter table jcl_run add column start_date date;
alter table jcl_run add column date_rule varchar(300);
alter table jcl_run add column finish_mean_date date;
alter table jcl_run add column finish_p50_date date;
alter table jcl_run add column finish_p70_date date;
alter table jcl_run add column finish_p80_date date;
alter table jcl_run add column finish_target_date date;
