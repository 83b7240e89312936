package space.consortium.risk.schedule.web;

class ScheduleImportH2Tests extends ScheduleImportContract {
}
