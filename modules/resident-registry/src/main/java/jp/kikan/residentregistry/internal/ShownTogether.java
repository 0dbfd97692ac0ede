package jp.kikan.residentregistry.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Records shown together (a household, a page of a search or of the 差分) and whose address each may show. A person
 * under DV等支援措置 (the applicant or one of the 併せて支援を求める者) is {@linkplain #restricted restricted}; the
 * address of anyone else shown at the address of a restricted person shown with them is {@linkplain #withheld
 * withheld} too, since it is hers (住民基本台帳事務処理要領 第5-10: the address must not be learnt through another
 * person). Staff in charge of support measures see every address.
 */
final class ShownTogether {

    private final Set<String> restricted;
    private final Set<String> restrictedAddresses = new HashSet<>();
    private final boolean maySeeRestricted;

    private ShownTogether(Collection<ResidentRecord> shown, Set<String> restricted, boolean maySeeRestricted) {
        this.restricted = restricted;
        this.maySeeRestricted = maySeeRestricted;
        for (ResidentRecord r : shown) {
            String key = addressKey(r);
            if (key != null && restricted.contains(r.atenabango)) {
                restrictedAddresses.add(key);
            }
        }
    }

    /** {@code shown} as the current member of staff sees them; {@code restricted} are those under a measure. */
    static ShownTogether of(Collection<ResidentRecord> shown, Set<String> restricted) {
        return new ShownTogether(shown, restricted, ResidentViews.maySeeRestricted());
    }

    /**
     * {@code shown} as another business reads them through the published facade: no business but the registry's staff
     * in charge may see a restricted address, so it is withheld whoever asks.
     */
    static ShownTogether forBusinesses(Collection<ResidentRecord> shown, Set<String> restricted) {
        return new ShownTogether(shown, restricted, false);
    }

    /** DV等支援措置の対象 (the applicant or one of the 併せて支援を求める者 of a measure in force). */
    boolean restricted(ResidentRecord r) {
        return restricted.contains(r.atenabango);
    }

    /** Whether the record's address is withheld from the current member of staff. */
    boolean withheld(ResidentRecord r) {
        if (maySeeRestricted) {
            return false;
        }
        String key = addressKey(r);
        return restricted(r) || (key != null && restrictedAddresses.contains(key));
    }

    /** The same dwelling: the municipality and the address within it (町字, 番地号, 方書) as searched. */
    private static @Nullable String addressKey(ResidentRecord r) {
        String within = r.searchAddress;
        if (within == null || within.isBlank()) {
            within = r.address().oneLine();
        }
        return within.isBlank() ? null : r.jushoShikuchosonkodo + "|" + within;
    }
}
