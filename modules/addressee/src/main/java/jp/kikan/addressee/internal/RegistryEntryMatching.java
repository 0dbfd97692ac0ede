package jp.kikan.addressee.internal;

import java.time.LocalDate;
import java.util.List;
import jp.kikan.residentregistry.ResidentMatching;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The registry's 名寄せ before it enters a person: the candidates {@link AddresseeDirectory#candidates} finds with
 * the same rules as for a 住登外者, kept to residents. A 住登外者 who moves in is no duplicate: they become a resident
 * and are proposed for merging when the registry announces the entry ({@link ResidentEventsListener}).
 */
@Component
class RegistryEntryMatching implements ResidentMatching {

    private final AddresseeDirectory directory;

    RegistryEntryMatching(AddresseeDirectory directory) {
        this.directory = directory;
    }

    @Override
    public List<Match> residentsLike(
            String shimei, @Nullable String furigana, LocalDate birthDate, @Nullable String address) {
        return directory.candidates(shimei, furigana, birthDate, address).stream()
                .filter(c -> c.addressee().resident())
                .map(c -> new Match(c.addressee().atenabango(), c.reasons()))
                .toList();
    }
}
