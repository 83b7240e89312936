package space.consortium.shared;

class UniqueKeyH2Tests extends UniqueKeyContract {
}
