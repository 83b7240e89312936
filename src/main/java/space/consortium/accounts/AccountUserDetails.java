package space.consortium.accounts;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Loads a user for form login: their password hash and their authorities (roles plus {@link Access#WRITE}, since a
 * signed-in session may write). A user locked by {@link LoginThrottle} or deactivated is refused.
 */
@Component
class AccountUserDetails implements UserDetailsService {

    private final AccountService accounts;
    private final LoginThrottle throttle;

    AccountUserDetails(AccountService accounts, LoginThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserRepository.Credentials credentials = accounts.credentials(username)
                .orElseThrow(() -> new UsernameNotFoundException("No user " + username));
        List<GrantedAuthority> authorities = new ArrayList<>(accounts.authorities(username));
        authorities.add(new SimpleGrantedAuthority(Access.READ));
        authorities.add(new SimpleGrantedAuthority(Access.WRITE));
        return new SignedInUser(credentials.username(), credentials.passwordHash(), credentials.active(),
                !throttle.isLocked(username), authorities);
    }

    /** The principal of a form sign-in, so that {@link AccountService#refresh} recognises sessions it must renew. */
    static final class SignedInUser extends User {

        SignedInUser(String username, String password, boolean enabled, boolean nonLocked,
                     List<GrantedAuthority> authorities) {
            super(username, password, enabled, true, true, nonLocked, authorities);
        }
    }
}
