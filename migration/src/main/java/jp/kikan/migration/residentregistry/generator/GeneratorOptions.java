package jp.kikan.migration.residentregistry.generator;

import java.util.EnumMap;
import java.util.Map;
import jp.kikan.migration.core.text.SourceEncoding;

/**
 * What to generate.
 *
 * @param residents   number of residents (before duplicates are appended); households follow from it
 * @param seed        the same seed gives the same files, byte for byte
 * @param faultShares share of eligible records per fault kind: residents that are not a 世帯主 for person faults (the
 *     person faults together at most 1), history rows of unfaulted residents for {@link FaultKind#ORPHAN_HISTORY}
 * @param csv         write the standard's CSV group files (folder {@code csv/})
 * @param fixed       write the fixed-width CP932 variant with its layout files (folder {@code fixed/})
 * @param csvEncoding encoding of the CSV files
 */
public record GeneratorOptions(
        int residents,
        long seed,
        Map<FaultKind, Double> faultShares,
        boolean csv,
        boolean fixed,
        SourceEncoding csvEncoding) {

    public GeneratorOptions {
        if (residents < 1) {
            throw new IllegalArgumentException("residents must be at least 1");
        }
        EnumMap<FaultKind, Double> shares = new EnumMap<>(FaultKind.class);
        shares.putAll(faultShares);
        double personShare = 0;
        for (Map.Entry<FaultKind, Double> e : shares.entrySet()) {
            if (e.getValue() < 0 || e.getValue() > 1) {
                throw new IllegalArgumentException("share of " + e.getKey().id() + " must be between 0 and 1");
            }
            if (e.getKey() != FaultKind.ORPHAN_HISTORY) {
                personShare += e.getValue();
            }
        }
        if (personShare > 1) {
            throw new IllegalArgumentException("person fault shares add up to more than 1");
        }
        faultShares = Map.copyOf(shares);
        if (!csv && !fixed) {
            throw new IllegalArgumentException("nothing to write: choose csv, fixed or both");
        }
    }

    /** The same share for every fault kind. */
    public static Map<FaultKind, Double> uniformShares(double share) {
        Map<FaultKind, Double> shares = new EnumMap<>(FaultKind.class);
        for (FaultKind k : FaultKind.values()) {
            shares.put(k, share);
        }
        return shares;
    }

    public double share(FaultKind kind) {
        return faultShares.getOrDefault(kind, 0.0);
    }
}
