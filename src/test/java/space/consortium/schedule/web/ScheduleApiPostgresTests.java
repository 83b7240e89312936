package space.consortium.schedule.web;

import space.consortium.support.UsePostgres;

@UsePostgres
class ScheduleApiPostgresTests extends ScheduleApiContract {
}
