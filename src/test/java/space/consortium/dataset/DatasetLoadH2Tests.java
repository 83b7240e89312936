package space.consortium.dataset;

class DatasetLoadH2Tests extends DatasetLoadContract {
}
