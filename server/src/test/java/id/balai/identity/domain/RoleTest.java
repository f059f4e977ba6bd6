package id.balai.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import id.balai.identity.interfaces.AuthResource;
import id.balai.platform.interfaces.RestApplication;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;

/** The role lists written out in annotations must name every role, or someone is locked out of /api/auth. */
class RoleTest {

    @Test
    void everyRoleIsDeclaredAndMaySignOutAndSeeItself() throws Exception {
        String[] all = Arrays.stream(Role.values()).map(Enum::name).toArray(String[]::new);
        assertThat(RestApplication.class.getAnnotation(DeclareRoles.class).value()).containsExactlyInAnyOrder(all);
        for (String method : new String[] {"logout", "me"}) {
            assertThat(AuthResource.class.getMethod(method).getAnnotation(RolesAllowed.class).value())
                    .as(method).containsExactlyInAnyOrder(all);
        }
        assertThat(AuthResource.class.getMethod("changePassword", AuthResource.PasswordChange.class)
                .getAnnotation(RolesAllowed.class).value()).containsExactlyInAnyOrder(all);
    }
}
