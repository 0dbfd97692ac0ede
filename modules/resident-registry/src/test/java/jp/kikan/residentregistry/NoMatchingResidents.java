package jp.kikan.residentregistry;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The registry's module tests run without the addressee module (which depends on the registry, so it cannot be on the
 * registry's test class path), and the registry enters no person without a {@link ResidentMatching} (ADR 0020). This
 * stand-in finds no one: the registry's own rules are tested here, and 名寄せ before an entry, which is the addressee
 * module's rules, is tested in {@code modules/addressee} with the real matcher (ADR 0021).
 */
@Component
class NoMatchingResidents implements ResidentMatching {

    @Override
    public List<Match> residentsLike(
            String shimei, @Nullable String furigana, LocalDate birthDate, @Nullable String address) {
        return List.of();
    }
}
