-- One row that the first-start load of the shipped data locks (SELECT ... FOR UPDATE) for its transaction, so that
-- two processes or nodes that open one database together load the shipped data once (H2 and PostgreSQL alike).
create table first_start_lock (
    id   int primary key,
    note varchar(200) not null
);
insert into first_start_lock (id, note) values (1, 'locked while the shipped data is loaded on a first start');
