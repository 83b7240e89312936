package space.consortium.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks a user name and password from the sign-in form. The answer tells an attacker nothing about which names
 * exist: an unknown name, a wrong password and a deactivated user all fail the same way after exactly one password
 * hash check (a dummy hash stands in for a missing user), and a paused name or address (see {@link LoginThrottle}) is
 * refused, for known and unknown names alike, before any hash is computed — which is what makes guessing cost the
 * attacker a request and the server two indexed counts, not ~100 ms of bcrypt.
 *
 * <p>Signed-in sessions carry the user's roles plus {@link Access#READ} and {@link Access#WRITE}.
 */
@Component
class PasswordSignIn implements AuthenticationProvider {

    /** Message of every refusal because of too many failures (the page says "try again later"). */
    static final String PAUSED = "Too many failed attempts: sign-in is paused for a while";

    private final AccountService accounts;
    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;
    /** The hash of a random password, checked when the name is unknown so that both take the same time. */
    private final String dummyHash;

    PasswordSignIn(AccountService accounts, PasswordEncoder passwords, LoginThrottle throttle) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.throttle = throttle;
        this.dummyHash = passwords.encode(UUID.randomUUID().toString());
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName() == null ? "" : authentication.getName();
        Object presented = authentication.getCredentials();
        String password = presented == null ? "" : presented.toString();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web
                && web.getRemoteAddress() != null ? web.getRemoteAddress() : "unknown";
        if (throttle.refuses(address, username)) {
            throw new LockedException(PAUSED);
        }
        Optional<UserRepository.Credentials> credentials = accounts.credentials(username);
        boolean matches = passwords.matches(password, credentials.map(UserRepository.Credentials::passwordHash)
                .orElse(dummyHash));
        if (!matches || credentials.isEmpty() || !credentials.get().active()) {
            throttle.failed(address, username);
            throw new BadCredentialsException("The user name or password is not right");
        }
        throttle.succeeded(username);
        List<GrantedAuthority> authorities = new ArrayList<>(accounts.authorities(credentials.get().username()));
        authorities.add(new SimpleGrantedAuthority(Access.READ));
        authorities.add(new SimpleGrantedAuthority(Access.WRITE));
        UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(
                new SignedInUser(credentials.get().username(), authorities), null, authorities);
        result.setDetails(authentication.getDetails());
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** The principal of a form sign-in, so that {@link AccountService#refresh} recognises sessions it must renew. */
    static final class SignedInUser extends User {

        SignedInUser(String username, List<GrantedAuthority> authorities) {
            super(username, "", authorities);
        }
    }
}
