package jp.kikan.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;

class CurrentStaffTest {

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void workWithoutATokenIsTheSystems() {
        assertThat(CurrentStaff.find()).isEmpty();
        assertThat(CurrentStaff.actor()).isEqualTo("system");
    }

    @Test
    void anOperatorStandsForTheWorkAndOnlyWhileItRuns() {
        StaffUser operator = new StaffUser("cli:山田", "山田", "139998", Set.of("migration:operator"));
        String during = CurrentStaff.callAs(operator, () -> {
            assertThat(CurrentStaff.find()).contains(operator);
            assertThat(SecurityContextHolder.getContext().getAuthentication().getAuthorities())
                    .extracting(Object::toString)
                    .containsExactly("migration:operator");
            return CurrentStaff.actor();
        });
        assertThat(during).isEqualTo("cli:山田");
        assertThat(CurrentStaff.actor()).isEqualTo("system");
    }
}
