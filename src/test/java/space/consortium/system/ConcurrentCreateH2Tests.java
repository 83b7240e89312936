package space.consortium.system;

class ConcurrentCreateH2Tests extends ConcurrentCreateContract {
}
