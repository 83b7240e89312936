package space.consortium.shared;

import org.jspecify.annotations.Nullable;

/**
 * What the one delete-confirmation page ({@code templates/delete.html}) shows for a record: asked first, and when the
 * record is still referenced, the reason it was not deleted.
 *
 * @param section     the navigation section the page belongs to (e.g. {@code partners})
 * @param what        the kind of record in words, e.g. {@code partner}, {@code share table}
 * @param name        the record's display name
 * @param listName    the breadcrumb's first step, e.g. {@code Partners}
 * @param listUrl     its address
 * @param parentName  the breadcrumb's second step: the record itself, or the record it belongs to
 * @param parentUrl   its address, also where "Keep it" leads
 * @param action      the address the confirmation posts to
 * @param consequence what deleting removes, in a sentence or two
 * @param refused     why it was not deleted, or null while asking
 */
public record DeletePage(String section, String what, String name, String listName, String listUrl,
                         String parentName, String parentUrl, String action, String consequence,
                         @Nullable String refused) {

    /** The same page, saying why the record was not deleted. */
    public DeletePage refusedBecause(String reason) {
        return new DeletePage(section, what, name, listName, listUrl, parentName, parentUrl, action, consequence,
                reason);
    }
}
