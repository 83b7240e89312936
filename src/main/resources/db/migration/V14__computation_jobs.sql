-- Long computations as persisted jobs (db-scheduler): any node runs them; another node picks up a job whose node
-- died (its heartbeat stops). The same DDL runs on H2 (PostgreSQL mode) and PostgreSQL.

-- db-scheduler's own table (its documented PostgreSQL schema)
create table scheduled_tasks (
    task_name            text not null,
    task_instance        text not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_execution_time on scheduled_tasks (priority desc, execution_time asc);

-- one row per job: what was asked, how far it is, and its answer
create table computation_job (
    id          varchar(36) primary key,
    kind        varchar(20) not null,
    request     text not null,
    status      varchar(10) not null,
    done        bigint not null default 0,
    total       bigint not null,
    attempts    int not null default 0,
    node        varchar(200),
    result      text,
    error       text,
    created_by  varchar(200),
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    constraint computation_job_status check (status in ('queued', 'running', 'done', 'failed'))
);
