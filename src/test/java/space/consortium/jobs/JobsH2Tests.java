package space.consortium.jobs;

class JobsH2Tests extends JobsContract {
}
