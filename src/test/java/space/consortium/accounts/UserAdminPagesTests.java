package space.consortium.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import space.consortium.support.ApiContract;
import space.consortium.support.Users;

/** User management in the UI: admins add, assign roles and deactivate; coordinators add and grant their projects. */
class UserAdminPagesTests extends ApiContract {

    @Autowired AccountService accounts;

    @Test
    void anAdminAddsAPartnerMemberChangesTheRolesAndDeactivates() {
        assertThat(mvc.post().uri("/admin/users").with(Users.admin()).param("username", "jdoe")
                .param("displayName", "Jane Doe").param("password", "a long enough password")
                .param("partners", "esa, jaxa").exchange()).hasRedirectedUrl("/admin/users");
        UserAccount jdoe = accounts.find("jdoe").orElseThrow();
        assertThat(jdoe.partners()).containsExactly("esa", "jaxa");
        assertThat(jdoe.role()).isEqualTo("partner member");

        assertThat(mvc.post().uri("/admin/users/" + jdoe.id()).with(Users.admin()).param("displayName", "Jane Doe")
                .param("partners", "esa").param("coordinates", "iss").exchange()).hasStatus3xxRedirection();
        assertThat(accounts.find("jdoe").orElseThrow().coordinates()).containsExactly("iss");

        assertThat(mvc.post().uri("/admin/users/" + jdoe.id() + "/active").with(Users.admin()).param("active", "false")
                .exchange()).hasStatus3xxRedirection();
        assertThat(accounts.find("jdoe").orElseThrow().active()).isFalse();
        assertThat(accounts.authorities("jdoe")).isEmpty();

        assertThat(mvc.get().uri("/admin/users").with(Users.admin()).exchange()).hasStatusOk().bodyText()
                .contains("jdoe", "deactivated");
    }

    @Test
    void rolesAreChosenAndShownByNameNotById() throws Exception {
        String page = mvc.get().uri("/admin/users").with(Users.admin()).exchange().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        // the add form offers partners and projects by name, and sends their ids
        assertThat(page).contains("<option value=\"esa\">European Space Agency (ESA)</option>",
                "<option value=\"iss\">International Space Station</option>")
                .doesNotContain("(partner ids)", "(project ids)");

        // a multiple choice arrives as repeated parameters
        assertThat(mvc.post().uri("/admin/users").with(Users.admin()).param("username", "named-roles")
                .param("displayName", "Named Roles").param("password", "a long enough password")
                .param("partners", "esa", "jaxa").param("coordinates", "iss").exchange())
                .hasRedirectedUrl("/admin/users");
        UserAccount user = accounts.find("named-roles").orElseThrow();
        assertThat(user.partners()).containsExactly("esa", "jaxa");
        assertThat(user.coordinates()).containsExactly("iss");

        String row = mvc.get().uri("/admin/users").with(Users.admin()).exchange().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        row = row.substring(row.indexOf("id=\"user-named-roles\""), row.indexOf("</tr>", row.indexOf("id=\"user-named-roles\"")));
        assertThat(row).contains(">European Space Agency (ESA)<", ">International Space Station<",
                "<option value=\"jaxa\" selected=\"selected\">");
    }

    @Test
    void badInputIsShownAndNothingIsStored() {
        var result = mvc.post().uri("/admin/users").with(Users.admin()).param("username", "Bad Name!")
                .param("displayName", "").param("password", "short").param("partners", "no-such-agency").exchange();
        assertThat(result).hasStatus3xxRedirection();
        assertThat(result.getMvcResult().getFlashMap().get("userError").toString())
                .contains("username", "displayName", "password", "no-such-agency");
        assertThat(accounts.find("Bad Name!")).isEmpty();
    }

    @Test
    void aCoordinatorAddsACoCoordinatorButNeitherAnAdminNorAMember() {
        assertThat(mvc.get().uri("/admin/users").with(Users.coordinator("iss")).exchange()).hasStatusOk();
        assertThat(mvc.post().uri("/admin/users").with(Users.coordinator("iss")).param("username", "co-iss")
                .param("displayName", "Co").param("password", "a long enough password").param("coordinates", "iss")
                .exchange()).hasStatus3xxRedirection();
        assertThat(accounts.find("co-iss").orElseThrow().coordinates()).containsExactly("iss");

        assertThat(mvc.post().uri("/admin/users").with(Users.coordinator("iss")).param("username", "sneaky")
                .param("displayName", "S").param("password", "a long enough password").param("admin", "true")
                .exchange()).hasStatus(403);
        assertThat(mvc.post().uri("/admin/users").with(Users.coordinator("iss")).param("username", "sneaky")
                .param("displayName", "S").param("password", "a long enough password").param("partners", "nasa")
                .exchange()).hasStatus(403);
        assertThat(accounts.find("sneaky")).isEmpty();
    }

    @Test
    void aCoordinatorGrantsOnlyTheirOwnProject() {
        UserAccount user = accounts.create(new UserRequest("grantee", "G", "a long enough password", false,
                List.of(), List.of()));
        assertThat(mvc.post().uri("/admin/users/" + user.id() + "/coordinator").with(Users.coordinator("iss"))
                .param("project", "iss").param("grant", "true").exchange()).hasStatus3xxRedirection();
        assertThat(accounts.get(user.id()).coordinates()).containsExactly("iss");
        assertThat(mvc.post().uri("/admin/users/" + user.id() + "/coordinator").with(Users.coordinator("iss"))
                .param("project", "hubble").param("grant", "true").exchange()).hasStatus(403);
    }

    @Test
    void membersAndObserversCannotManageUsers() {
        assertThat(mvc.get().uri("/admin/users").with(Users.member("esa")).exchange()).hasStatus(403);
        assertThat(mvc.get().uri("/admin/users").with(Users.observer()).exchange()).hasStatus(403);
        assertThat(mvc.post().uri("/admin/users/1/active").with(Users.member("esa")).param("active", "false")
                .exchange()).hasStatus(403);
    }
}
