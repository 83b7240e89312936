package space.consortium.jobs;

import space.consortium.support.UsePostgres;

@UsePostgres
class JobsPostgresTests extends JobsContract {
}
