package space.consortium.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import space.consortium.shared.Forbidden;

/**
 * The questions the pages ask ({@code can...}) give the same answer as the checks the services make
 * ({@code check...}), for every kind of visitor: a control is shown exactly when using it would be allowed.
 */
class AccessQuestionsTests {

    private final Access access = new Access();

    private static final List<String> PARTNERS = List.of("esa", "nasa");
    private static final List<String> PROJECTS = List.of("iss", "gateway");

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void everyQuestionAgreesWithItsCheckForEveryVisitor() {
        List<String> disagreements = new ArrayList<>();
        for (Authentication who : visitors()) {
            SecurityContextHolder.getContext().setAuthentication(who);
            for (String partner : PARTNERS) {
                agree(disagreements, who, "canEditPartnerData(" + partner + ")",
                        () -> access.canEditPartnerData(partner), () -> access.checkCanEditPartnerData(partner));
                for (String project : PROJECTS) {
                    agree(disagreements, who, "canEditForPartner(" + partner + ", " + project + ")",
                            () -> access.canEditForPartner(partner, project),
                            () -> access.checkPartnerOrCoordinator(partner, project));
                }
                agree(disagreements, who, "canEditAuthored(someone, " + partner + ")",
                        () -> access.canEditAuthored("someone", partner),
                        () -> access.checkAuthorOrPartner("claim 1", "someone", partner));
            }
            for (String project : PROJECTS) {
                agree(disagreements, who, "coordinates(" + project + ")", () -> access.coordinates(project),
                        () -> access.checkCoordinator(project));
            }
            agree(disagreements, who, "isContributor()", access::isContributor, access::checkContributor);
            agree(disagreements, who, "isSignedIn()", access::isSignedIn, access::checkSignedIn);
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void anonymousVisitorsAndObserversMayAddNothingAndMembersOnlyForTheirPartner() {
        SecurityContextHolder.getContext().setAuthentication(anonymous());
        assertThat(access.canAddToProject("iss")).isFalse();
        assertThat(access.canEditAnyPartnerData()).isFalse();

        SecurityContextHolder.getContext().setAuthentication(user("observer"));
        assertThat(access.canAddToProject("iss")).isFalse();
        assertThat(access.canEditAnyPartnerData()).isFalse();

        SecurityContextHolder.getContext().setAuthentication(user("esa-member", Access.PARTNER + "esa"));
        assertThat(access.canAddToProject("iss")).isTrue();
        assertThat(access.canEditForPartner("esa", "iss")).isTrue();
        assertThat(access.canEditForPartner("nasa", "iss")).isFalse();
        assertThat(access.canEditForPartner(null, "iss")).as("a record of no partner is the coordinators'").isFalse();

        SecurityContextHolder.getContext().setAuthentication(user("iss-coordinator", Access.COORDINATOR + "iss"));
        assertThat(access.canAddToProject("iss")).isTrue();
        assertThat(access.canAddToProject("gateway")).isFalse();
        assertThat(access.canEditForPartner(null, "iss")).isTrue();
    }

    private static void agree(List<String> disagreements, Authentication who, String question, BooleanSupplier can,
                              Runnable check) {
        boolean allowed;
        try {
            check.run();
            allowed = true;
        } catch (Forbidden e) {
            allowed = false;
        }
        if (can.getAsBoolean() != allowed) {
            disagreements.add(who.getName() + ": " + question + " says " + can.getAsBoolean() + ", the check "
                    + (allowed ? "allows" : "refuses"));
        }
    }

    private static List<Authentication> visitors() {
        return List.of(anonymous(), user("observer"), user("admin", Access.ADMIN),
                user("esa-member", Access.PARTNER + "esa"), user("iss-coordinator", Access.COORDINATOR + "iss"),
                user("someone", Access.PARTNER + "nasa"));
    }

    private static Authentication anonymous() {
        return new AnonymousAuthenticationToken("key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
    }

    private static Authentication user(String name, String... roles) {
        List<SimpleGrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(Access.USER));
        for (String role : roles) {
            authorities.add(new SimpleGrantedAuthority(role));
        }
        return UsernamePasswordAuthenticationToken.authenticated(name, "n/a", authorities);
    }
}
