package space.consortium.system;

class OperationsH2Tests extends OperationsContract {
}
