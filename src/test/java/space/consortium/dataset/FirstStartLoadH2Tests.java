package space.consortium.dataset;

class FirstStartLoadH2Tests extends FirstStartLoadContract {
}
