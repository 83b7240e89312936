package space.consortium.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import space.consortium.shared.Forbidden;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.NotFound;

/**
 * API tokens for {@code Authorization: Bearer <token>}. A token is 32 random bytes, shown once; the database keeps
 * only its SHA-256 hash (a token has far more entropy than a password, so a fast hash is enough). A token is
 * scoped {@code read} or {@code write}, carries its user's roles, records when it was last used, and can be revoked.
 */
@Service
@Transactional(readOnly = true)
public class TokenService {

    /** Every token starts with this, so that leaked tokens are easy to recognise and to search for. */
    public static final String PREFIX = "cst_";

    private final TokenRepository tokens;
    private final AccountService accounts;
    private final Access access;
    private final AuditTrail audit;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();

    TokenService(TokenRepository tokens, AccountService accounts, Access access, AuditTrail audit) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.access = access;
        this.audit = audit;
    }

    /** Creates a token for the signed-in user. */
    @Transactional
    public CreatedToken create(String name, String scope) {
        access.checkSignedIn();
        String username = access.current().orElseThrow();
        if (name.isBlank() || name.length() > 100) {
            throw new InvalidInput("name", "is required (at most 100 characters), e.g. 'nightly export'");
        }
        if (!scope.equals("read") && !scope.equals("write")) {
            throw new InvalidInput("scope", "must be read or write");
        }
        UserAccount user = accounts.find(username).orElseThrow(() -> new NotFound("user", username));
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        long id = tokens.insert(user.id(), name.trim(), hash(secret), secret.substring(0, PREFIX.length() + 6), scope,
                Instant.now(clock));
        ApiToken token = tokens.find(id).orElseThrow();
        audit.created("api-token", id, null, null, token);
        return new CreatedToken(token, secret);
    }

    /** The signed-in user's tokens, newest first. */
    public List<ApiToken> mine() {
        return access.current().map(tokens::ofUser).orElse(List.of());
    }

    /** Revokes a token: its owner or an admin. */
    @Transactional
    public void revoke(long id) {
        ApiToken token = tokens.find(id).orElseThrow(() -> new NotFound("api token", id));
        if (!access.isAdmin() && !access.current().map(token.username()::equals).orElse(false)) {
            throw new Forbidden("Only the token's owner or an administrator may revoke it");
        }
        tokens.revoke(id, Instant.now(clock));
        audit.updated("api-token", id, null, null, token, tokens.find(id).orElseThrow());
    }

    /**
     * The authentication for a presented token, or empty when it is unknown, revoked or its user is inactive.
     * Records the time of use.
     */
    @Transactional
    public Optional<Authentication> authenticate(String secret) {
        if (!secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Optional<ApiToken> found = tokens.findActiveUserToken(hash(secret)).filter(t -> !t.revoked());
        return found.map(token -> {
            tokens.touch(token.id(), Instant.now(clock));
            List<GrantedAuthority> authorities = new ArrayList<>(accounts.authorities(token.username()));
            authorities.add(new SimpleGrantedAuthority(Access.READ));
            if (token.scope().equals("write")) {
                authorities.add(new SimpleGrantedAuthority(Access.WRITE));
            }
            return UsernamePasswordAuthenticationToken.authenticated(token.username(), null, authorities);
        });
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
