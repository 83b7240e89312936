/**
 * The shipped, sourced dataset and the data's way in and out: loads the dataset into an empty database on first
 * start, imports a directory of registry CSV files all or nothing (with line-numbered errors) and exports the
 * registry back to CSV ({@link space.consortium.dataset.DatasetService}); backs up every table a user can change to
 * JSON Lines files and restores them, all or nothing ({@link space.consortium.dataset.BackupService}).
 */
@NullMarked
package space.consortium.dataset;

import org.jspecify.annotations.NullMarked;
