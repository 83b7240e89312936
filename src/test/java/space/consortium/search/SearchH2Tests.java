package space.consortium.search;

class SearchH2Tests extends SearchContract {
}
