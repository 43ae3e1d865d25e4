package vn.congso.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.congso.shared.ApiException;
import vn.congso.support.CongsoTest;
import vn.congso.support.Http;

@CongsoTest
class ExternalIdentitiesTest {

    @LocalServerPort
    int port;

    @Autowired
    ExternalIdentities external;

    @Autowired
    PublishedIdentityEvents events;

    @Test
    void aVneidSubjectLinksToOneAccountAndLinkingAgainChangesNothing() {
        long first = accountId(People.registeredAndConfirmed(new Http(port), events));
        long second = accountId(People.registeredAndConfirmed(new Http(port), events));
        String techId = "tech-" + UUID.randomUUID();

        assertThat(external.accountFor("VNEID", techId)).isEmpty();
        assertThat(external.link("VNEID", techId, first)).isEqualTo(first);
        assertThat(external.accountFor("VNEID", techId)).contains(first);
        assertThat(external.link("VNEID", techId, first)).isEqualTo(first);

        assertThatThrownBy(() -> external.link("VNEID", techId, second))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("external-identity.linked-elsewhere"));
        assertThatThrownBy(() -> external.link("VNEID", "tech-" + UUID.randomUUID(), Long.MAX_VALUE))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("account.not-found"));
        assertThat(external.accountFor("VNEID", techId)).contains(first);
    }

    private long accountId(String email) {
        return new Http(port).basic(email, People.PASSWORD).get("/api/v1/accounts/me").json().get("id").asLong();
    }
}
