-- The search index (issue 15). Derived data: written by the search module in the transaction of each write, rebuilt
-- whole after an import, a restore or on a start that finds it out of date; not part of a backup.
--
-- search_record: one row per indexed partner, project, agreement or claim, with the key it is listed by (a partner's
-- or project's name, an agreement's signing date, a claim's id zero-padded), so that a query matching thousands of
-- records reads the first ones in order from an index instead of sorting them all.
create table search_record (
    kind      varchar(20)  not null,
    record_id varchar(60)  not null,
    sort_key  varchar(300),
    primary key (kind, record_id)
);
create index search_record_sort_idx on search_record (kind, sort_key, record_id);

-- search_term: the words by which a record is found, lower-cased and accent-folded (names, titles and statements, ids
-- and acronyms, country codes and English country names). A query word matches by prefix with a plain B-tree range on
-- (kind, term), the same SQL on H2 and PostgreSQL; the other words of the query are probed on the primary key.
create table search_term (
    kind      varchar(20)  not null,
    record_id varchar(60)  not null,
    term      varchar(100) not null,
    primary key (kind, record_id, term)
);
create index search_term_term_idx on search_term (kind, term, record_id);
