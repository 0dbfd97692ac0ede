package jp.kikan.migration.residentregistry.generator;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Exactly which records of a generated set are faulty and what the validation must report for each: the injected
 * faults and the rejections they cause ({@code parent-rejected} history rows). Written as {@code manifest.json} next
 * to the files.
 *
 * @param faultShares fault id → share requested
 * @param records     file → records written
 * @param entries     sorted by file (run order), line, code
 */
public record FaultManifest(
        long seed,
        int residents,
        String format,
        String encoding,
        Map<String, Double> faultShares,
        Map<String, Long> records,
        List<Entry> entries) {

    /**
     * One expected problem.
     *
     * @param kind the fault id, or {@code parent-rejected} for a consequence
     * @param code the problem code the validation reports
     */
    public record Entry(String file, long line, String kind, String code, String field) {}

    public FaultManifest {
        faultShares = Collections.unmodifiableMap(new TreeMap<>(faultShares));
        records = Collections.unmodifiableMap(new TreeMap<>(records));
        entries = List.copyOf(entries);
    }
}
