package space.consortium.schedule.web;

class ScheduleApiH2Tests extends ScheduleApiContract {
}
