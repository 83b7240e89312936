package space.consortium.insights;

import space.consortium.support.UsePostgres;

@UsePostgres
class ClaimDatasetFilesPostgresTests extends ClaimDatasetFilesContract {
}
