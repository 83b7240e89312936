package space.consortium.accounts;

import java.time.Instant;
import java.util.List;

/**
 * A user as shown and managed: the partners they belong to, the projects they coordinate, whether they are an admin
 * and whether they may still sign in. The password hash never leaves the repository.
 */
public record UserAccount(long id, String username, String displayName, boolean admin, boolean active,
                          List<String> partners, List<String> coordinates, Instant createdAt, long version) {

    public UserAccount {
        partners = List.copyOf(partners);
        coordinates = List.copyOf(coordinates);
    }

    /** The role shown in lists: admin, coordinator, partner member or observer. */
    public String role() {
        if (admin) {
            return "admin";
        }
        if (!coordinates.isEmpty()) {
            return "coordinator";
        }
        return partners.isEmpty() ? "observer" : "partner member";
    }
}
