package space.consortium.search.bench;

import space.consortium.support.UsePostgres;

/** {@link SearchBench} on embedded PostgreSQL. */
@UsePostgres
public class SearchBenchPostgres extends SearchBench {
}
