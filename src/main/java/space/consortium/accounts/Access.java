package space.consortium.accounts;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import space.consortium.shared.Forbidden;

/**
 * The one place that decides who may change what. Services call a {@code check...} method at the start of each
 * write; it throws {@link Forbidden} (HTTP 403) when the current user lacks the role.
 *
 * <p>Roles are carried as authorities of the authenticated user, computed from the database when they sign in or
 * present a token: {@value #ADMIN}, {@code PARTNER:<partnerId>} for each partner they belong to, and
 * {@code COORDINATOR:<projectId>} for each project they coordinate. A user with none of these is an observer.
 *
 * <p>A call with no authentication at all comes from inside the process (the command line, the dataset import, a
 * start-up loader), never from a web request — web requests always carry at least the anonymous user — and is
 * trusted.
 */
@Component
public class Access {

    /** Authority of administrators. */
    public static final String ADMIN = "ROLE_ADMIN";
    /** Authority of every signed-in user. */
    public static final String USER = "ROLE_USER";
    /** Prefix of the authority naming a partner the user belongs to. */
    public static final String PARTNER = "PARTNER:";
    /** Prefix of the authority naming a project the user coordinates. */
    public static final String COORDINATOR = "COORDINATOR:";
    /** Authority of a session or a token allowed to write. */
    public static final String WRITE = "SCOPE_write";
    /** Authority of a session or token allowed to read. */
    public static final String READ = "SCOPE_read";

    /** Admins only: users, global reference tables, creating and deleting partners and projects. */
    public void checkAdmin() {
        if (!trusted() && !has(ADMIN)) {
            throw new Forbidden(deny("an administrator"));
        }
    }

    /** Admins and members of the partner: the partner's own profile, capabilities and assets. */
    public void checkCanEditPartnerData(String partnerId) {
        if (!canEditPartnerData(partnerId)) {
            throw new Forbidden(deny("a member of partner '" + partnerId + "' or an administrator"));
        }
    }

    /** Admins and coordinators of the project: participants, share tables, agreements, schedule, risk acceptance. */
    public void checkCoordinator(String projectId) {
        if (!trusted() && !coordinates(projectId)) {
            throw new Forbidden(deny("a coordinator of project '" + projectId + "' or an administrator"));
        }
    }

    /**
     * Admins, members of the partner and coordinators of the project: what a partner brings to a project (its
     * contributions, its ledger credits, the risks it owns).
     */
    public void checkPartnerOrCoordinator(String partnerId, String projectId) {
        if (!canEditForPartner(partnerId, projectId)) {
            throw new Forbidden(deny("a member of partner '" + partnerId + "', a coordinator of project '"
                    + projectId + "' or an administrator"));
        }
    }

    /**
     * Admins, the user who recorded the record and members of the partner it was recorded for: what a user wrote on
     * their partner's behalf (a claim). A record with neither author nor partner is the administrators' only.
     *
     * @param what           the record, for the message, e.g. {@code "claim 12"}
     * @param author         the user name of whoever recorded it, or null
     * @param ownerPartnerId the partner it was recorded for, or null
     */
    public void checkAuthorOrPartner(String what, @Nullable String author, @Nullable String ownerPartnerId) {
        if (trusted() || has(ADMIN)) {
            return;
        }
        boolean own = author != null && current().map(author::equals).orElse(false);
        if (!own && (ownerPartnerId == null || !has(PARTNER + ownerPartnerId))) {
            StringBuilder needed = new StringBuilder();
            if (author != null) {
                needed.append("its author '").append(author).append("', ");
            }
            if (ownerPartnerId != null) {
                needed.append("a member of partner '").append(ownerPartnerId).append("', ");
            }
            throw new Forbidden(deny(needed.append("or an administrator to change ").append(what).toString()));
        }
    }

    /**
     * The partner a record written now is made for: {@code preferred} when the current user belongs to it, else the
     * first of the user's partners, else none (an administrator or a coordinator who belongs to no partner).
     */
    public Optional<String> actingPartner(@Nullable String preferred) {
        if (preferred != null && has(PARTNER + preferred)) {
            return Optional.of(preferred);
        }
        return partners().stream().findFirst();
    }

    /** Any signed-in user who is more than an observer (a partner member, a coordinator or an admin). */
    public void checkContributor() {
        if (!trusted() && !isContributor()) {
            throw new Forbidden(deny("a partner member, a project coordinator or an administrator"));
        }
    }

    /** Any signed-in user, observers included (for instance to take part in a discussion). */
    public void checkSignedIn() {
        if (!trusted() && current().isEmpty()) {
            throw new Forbidden("Sign in to make this change");
        }
    }

    // ---- the same rules as questions, for the pages: a control is shown only to whoever may use it

    /** True when {@link #checkCanEditPartnerData} lets the current user through. */
    public boolean canEditPartnerData(@Nullable String partnerId) {
        return trusted() || has(ADMIN) || (partnerId != null && has(PARTNER + partnerId));
    }

    /** True when the current user may change the data of at least one partner (an administrator or a member). */
    public boolean canEditAnyPartnerData() {
        return trusted() || has(ADMIN) || !partners().isEmpty();
    }

    /**
     * True when the current user may change what the partner brings to the project ({@link
     * #checkPartnerOrCoordinator}); a record with no partner is the coordinators' only.
     */
    public boolean canEditForPartner(@Nullable String partnerId, String projectId) {
        return trusted() || coordinates(projectId) || (partnerId != null && !partnerId.isBlank() && has(PARTNER + partnerId));
    }

    /**
     * True when the current user may add a record to the project for at least one partner: a coordinator of the
     * project, an administrator, or a member of any partner (who adds it for their own partner).
     */
    public boolean canAddToProject(String projectId) {
        return trusted() || coordinates(projectId) || !partners().isEmpty();
    }

    /** True when {@link #checkAuthorOrPartner} lets the current user through. */
    public boolean canEditAuthored(@Nullable String author, @Nullable String ownerPartnerId) {
        return trusted() || has(ADMIN) || (author != null && current().map(author::equals).orElse(false))
                || (ownerPartnerId != null && has(PARTNER + ownerPartnerId));
    }

    /** True for a signed-in user, observers included. */
    public boolean isSignedIn() {
        return current().isPresent();
    }

    public boolean isAdmin() {
        return has(ADMIN);
    }

    public boolean isContributor() {
        Authentication auth = authentication();
        return auth != null && auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.equals(ADMIN) || a.startsWith(PARTNER) || a.startsWith(COORDINATOR));
    }

    /** True for a user who coordinates at least one project. */
    public boolean isCoordinator() {
        Authentication auth = authentication();
        return auth != null && auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.startsWith(COORDINATOR));
    }

    public boolean isMemberOf(String partnerId) {
        return has(PARTNER + partnerId);
    }

    public boolean coordinates(String projectId) {
        return has(ADMIN) || has(COORDINATOR + projectId);
    }

    /** The partners the current user belongs to, in authority order. */
    public java.util.List<String> partners() {
        Authentication auth = authentication();
        return auth == null ? java.util.List.of() : auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith(PARTNER)).map(a -> a.substring(PARTNER.length())).sorted().toList();
    }

    /** The signed-in user's name, if any (the anonymous user has none). */
    public Optional<String> current() {
        Authentication auth = authentication();
        return auth == null || !auth.isAuthenticated() ? Optional.empty() : Optional.of(auth.getName());
    }

    /** Who is acting, for the audit trail: the user name, {@code anonymous}, or {@code cli:<os user>}. */
    public String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return "cli:" + System.getProperty("user.name", "unknown");
        }
        return auth instanceof AnonymousAuthenticationToken ? "anonymous" : auth.getName();
    }

    private static boolean trusted() {
        return SecurityContextHolder.getContext().getAuthentication() == null;
    }

    private static boolean has(String authority) {
        Authentication auth = authentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
    }

    /** The authentication of a real user, or null for the anonymous user and for in-process calls. */
    private static @Nullable Authentication authentication() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated() ? null : auth;
    }

    private String deny(String needed) {
        return current().map(name -> "User '" + name + "' may not make this change: it needs " + needed)
                .orElse("Sign in to make this change: it needs " + needed);
    }
}
