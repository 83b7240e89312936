-- Claims of five kinds (signature, count, share, date, external) with a subject in JSON; a claim may cite no source.
-- The first claims named a registry metric: they become count claims of that metric, so they still check.
alter table claim add column kind varchar(20) not null default 'count';
alter table claim add column subject varchar(4000);
-- Where the claim was published when that place has no URL (an article known by its title only).
alter table claim add column source_name varchar(300);
-- A remark shown with the verdict, e.g. what the claim leaves undefined.
alter table claim add column note varchar(1000);
update claim set subject = '{"of":"metric","metric":"' || metric || '"'
    || case when partner_id is null then '' else ',"partner":"' || partner_id || '"' end || '}';
alter table claim alter column subject set not null;
alter table claim alter column stated drop not null;
alter table claim alter column source_url drop not null;
alter table claim drop column metric;
alter table claim drop column partner_id;

-- Figures the registry does not compute (the IAU's membership), as sources state them on a date: a value or a range.
create table reference_figure (
    figure_id    varchar(60)    not null,
    as_of        varchar(10)    not null,
    label        varchar(200)   not null,
    figure_value numeric(24, 8),
    min_value    numeric(24, 8),
    max_value    numeric(24, 8),
    unit         varchar(40)    not null,
    note         varchar(1000),
    source_url   varchar(1000)  not null,
    primary key (figure_id, as_of, label),
    constraint reference_figure_value_or_range
        check (figure_value is not null or (min_value is not null and max_value is not null))
);

-- Named populations of projects for share claims; complete = the registry holds every member as defined.
create table population (
    id          varchar(60)   primary key,
    name        varchar(200)  not null,
    definition  varchar(2000) not null,
    complete    boolean       not null,
    source_url  varchar(1000) not null
);

create table population_member (
    population_id varchar(60)   not null references population (id) on delete cascade,
    project_id    varchar(60)   not null,
    source_url    varchar(1000) not null,
    primary key (population_id, project_id)
);
