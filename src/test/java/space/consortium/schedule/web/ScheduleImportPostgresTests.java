package space.consortium.schedule.web;

import space.consortium.support.UsePostgres;

@UsePostgres
class ScheduleImportPostgresTests extends ScheduleImportContract {
}
