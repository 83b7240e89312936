-- The search index (issue 15): the words by which a partner, project, agreement or claim is found, lower-cased and
-- accent-folded (names, titles and statements, ids and acronyms, country codes and English country names), one row per
-- record and word, plus the marker term '#' that says the record is indexed. Derived data: written by the search
-- module in the transaction of each write, rebuilt whole after an import, a restore or on a start that finds it out of
-- date; not part of a backup. Queries match a word by prefix with a plain B-tree range on (kind, term), the same SQL
-- on H2 and PostgreSQL, and join back to the live rows.
create table search_term (
    kind      varchar(20)  not null,
    record_id varchar(60)  not null,
    term      varchar(100) not null,
    primary key (kind, record_id, term)
);
create index search_term_term_idx on search_term (kind, term, record_id);
