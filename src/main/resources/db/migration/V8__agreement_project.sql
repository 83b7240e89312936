-- The project an agreement governs, if any (e.g. the ISS Intergovernmental Agreement and its memoranda), so that a
-- project's partner timeline can be read from its agreements.
alter table agreement add column project_id varchar(60) references project (id) on delete set null;
create index agreement_project_idx on agreement (project_id);
