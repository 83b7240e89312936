package space.consortium.insights;

class ClaimDatasetFilesH2Tests extends ClaimDatasetFilesContract {
}
