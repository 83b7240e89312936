package space.consortium.accounts;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an admin (or a coordinator, for their own projects) sets on a user. A null password keeps the stored one
 * (it is required when the user is created).
 */
public record UserRequest(String username, String displayName, @Nullable String password, boolean admin,
                          List<String> partners, List<String> coordinates) {

    public UserRequest {
        partners = partners.stream().map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
        coordinates = coordinates.stream().map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
