/**
 * The shipped, sourced dataset: loads it into an empty database on first start, imports a directory of CSV files all
 * or nothing (with line-numbered errors) and exports the registry back to CSV. Entry point:
 * {@link space.consortium.dataset.DatasetService}.
 */
@NullMarked
package space.consortium.dataset;

import org.jspecify.annotations.NullMarked;
