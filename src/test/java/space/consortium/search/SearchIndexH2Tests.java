package space.consortium.search;

class SearchIndexH2Tests extends SearchIndexContract {
}
