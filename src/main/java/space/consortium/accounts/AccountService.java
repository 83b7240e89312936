package space.consortium.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import space.consortium.shared.InUse;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.NotFound;
import space.consortium.shared.Problems;

/**
 * Users and their roles. Admins manage everyone; a coordinator may add users and grant or withdraw the coordination
 * of their own projects. Passwords are stored as adaptive hashes (bcrypt through Spring's delegating encoder, so the
 * algorithm can be raised later without invalidating stored hashes).
 */
@Service
@Transactional(readOnly = true)
public class AccountService {

    /** Shortest password accepted. */
    public static final int MIN_PASSWORD = 10;

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final Access access;
    private final AuditTrail audit;
    private final Clock clock = Clock.systemUTC();

    AccountService(UserRepository users, PasswordEncoder passwords, Access access, AuditTrail audit) {
        this.users = users;
        this.passwords = passwords;
        this.access = access;
        this.audit = audit;
    }

    public long count() {
        return users.count();
    }

    public List<UserAccount> all() {
        access.checkSignedIn();
        return users.all();
    }

    /** Partner id → name, by name: the partners a user may be a member of (for the users page's choices). */
    public Map<String, String> partnerNames() {
        access.checkSignedIn();
        return users.partnerNames();
    }

    /** Project id → name, by name: the projects a user may coordinate (for the users page's choices). */
    public Map<String, String> projectNames() {
        access.checkSignedIn();
        return users.projectNames();
    }

    public Optional<UserAccount> find(String username) {
        return users.find(username);
    }

    public UserAccount get(long id) {
        return users.find(id).orElseThrow(() -> new NotFound("user", id));
    }

    /**
     * Creates a user. Admins may create any user; a coordinator may create a user who coordinates only projects
     * they coordinate themselves and who is neither an admin nor a partner member.
     */
    @Transactional
    public UserAccount create(UserRequest request) {
        if (!request.coordinates().isEmpty() && !request.admin() && request.partners().isEmpty()
                && request.coordinates().stream().allMatch(access::coordinates)) {
            request.coordinates().forEach(access::checkCoordinator);
        } else {
            access.checkAdmin();
        }
        validate(request, true);
        if (users.find(request.username()).isPresent()) {
            throw new InUse("A user named '" + request.username() + "' exists already");
        }
        long id = users.insert(request, passwords.encode(request.password()), Instant.now(clock));
        UserAccount created = get(id);
        audit.created("user", created.username(), null, null, created);
        return created;
    }

    /** Changes a user's display name and roles (admins only); a non-null password replaces the stored one. */
    @Transactional
    public UserAccount update(long id, UserRequest request) {
        access.checkAdmin();
        UserAccount before = get(id);
        validate(new UserRequest(before.username(), request.displayName(), request.password(), request.admin(),
                request.partners(), request.coordinates()), false);
        users.update(id, request);
        if (request.password() != null && !request.password().isEmpty()) {
            users.setPassword(id, passwords.encode(request.password()));
        }
        UserAccount after = get(id);
        audit.updated("user", after.username(), null, null, before, after);
        return after;
    }

    /** Grants (or withdraws) the coordination of a project: admins, or coordinators of that project. */
    @Transactional
    public UserAccount setCoordinator(long id, String projectId, boolean coordinates) {
        access.checkCoordinator(projectId);
        UserAccount before = get(id);
        if (coordinates && !before.coordinates().contains(projectId)) {
            if (!users.projectExists(projectId)) {
                throw new InvalidInput("project", "'" + projectId + "' is not a known project id");
            }
            users.addCoordinator(id, projectId);
        } else if (!coordinates) {
            users.removeCoordinator(id, projectId);
        }
        UserAccount after = get(id);
        audit.updated("user", after.username(), projectId, null, before, after);
        return after;
    }

    /** Deactivates (or reactivates) a user: a deactivated user can no longer sign in, and their tokens fail. */
    @Transactional
    public UserAccount setActive(long id, boolean active) {
        access.checkAdmin();
        UserAccount before = get(id);
        users.setActive(id, active);
        UserAccount after = get(id);
        audit.updated("user", after.username(), null, null, before, after);
        return after;
    }

    /** Changes the signed-in user's own password after checking the current one. */
    @Transactional
    public void changeOwnPassword(String username, String current, String next) {
        UserRepository.Credentials credentials = users.credentials(username)
                .orElseThrow(() -> new NotFound("user", username));
        if (!passwords.matches(current, credentials.passwordHash())) {
            throw new InvalidInput("current", "is not your current password");
        }
        checkPassword("password", next);
        users.setPassword(credentials.id(), passwords.encode(next));
        audit.updated("user", username, null, null, "password", "password changed");
    }

    /** The authorities of an active user (roles, partners, coordinated projects), or empty if unknown or inactive. */
    public List<GrantedAuthority> authorities(String username) {
        return users.find(username).filter(UserAccount::active).map(AccountService::authorities).orElse(List.of());
    }

    static List<GrantedAuthority> authorities(UserAccount user) {
        List<GrantedAuthority> list = new ArrayList<>();
        list.add(new SimpleGrantedAuthority(Access.USER));
        if (user.admin()) {
            list.add(new SimpleGrantedAuthority(Access.ADMIN));
        }
        user.partners().forEach(p -> list.add(new SimpleGrantedAuthority(Access.PARTNER + p)));
        user.coordinates().forEach(p -> list.add(new SimpleGrantedAuthority(Access.COORDINATOR + p)));
        return list;
    }

    /**
     * Renews a signed-in session's roles from the database on each request, so that a role change or a
     * deactivation applies at once: empty when the user was deactivated (the session must end). Any other
     * authentication (a token, already fresh, or one made by a test) is returned as it is.
     */
    public Optional<Authentication> refresh(Authentication authentication) {
        if (!(authentication.getPrincipal() instanceof PasswordSignIn.SignedInUser principal)) {
            return Optional.of(authentication);
        }
        List<GrantedAuthority> authorities = new ArrayList<>(authorities(principal.getUsername()));
        if (authorities.isEmpty()) {
            return Optional.empty();
        }
        authorities.add(new SimpleGrantedAuthority(Access.READ));
        authorities.add(new SimpleGrantedAuthority(Access.WRITE));
        UsernamePasswordAuthenticationToken renewed =
                UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
        renewed.setDetails(authentication.getDetails());
        return Optional.of(renewed);
    }

    Optional<UserRepository.Credentials> credentials(String username) {
        return users.credentials(username);
    }

    private void validate(UserRequest r, boolean creating) {
        Problems problems = new Problems();
        if (!r.username().matches("[a-z0-9][a-z0-9._-]{1,59}")) {
            problems.add("username", "must be 2–60 lowercase letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        if (r.displayName().isBlank() || r.displayName().length() > 200) {
            problems.add("displayName", "is required (at most 200 characters)");
        }
        if (creating || (r.password() != null && !r.password().isEmpty())) {
            String password = r.password() == null ? "" : r.password();
            if (password.length() < MIN_PASSWORD) {
                problems.add("password", "must have at least " + MIN_PASSWORD + " characters");
            }
        }
        for (String p : r.partners()) {
            if (!users.partnerExists(p)) {
                problems.add("partners", "'" + p + "' is not a known partner id");
            }
        }
        for (String p : r.coordinates()) {
            if (!users.projectExists(p)) {
                problems.add("coordinates", "'" + p + "' is not a known project id");
            }
        }
        problems.throwIfAny();
    }

    private static void checkPassword(String field, String password) {
        if (password.length() < MIN_PASSWORD) {
            throw new InvalidInput(field, "must have at least " + MIN_PASSWORD + " characters");
        }
    }
}
