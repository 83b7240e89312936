package space.consortium.schedule.web;

class ScheduleImportH2Tests extends ScheduleImportContract {
}
