package space.consortium.risk.schedule.web;

class ScheduleApiH2Tests extends ScheduleApiContract {
}
