package space.consortium.dataset;

class DatasetImportH2Tests extends DatasetImportContract {
}
