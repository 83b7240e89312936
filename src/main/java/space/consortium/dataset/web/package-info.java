/** The About-the-data page: what the shipped dataset holds and where each table comes from. */
@NullMarked
package space.consortium.dataset.web;

import org.jspecify.annotations.NullMarked;
