package jp.kikan.platform.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads {@code eras.tsv} once; see the file's header for its columns and sources. Only {@link Era} may refer to this
 * class: {@code Era}'s constants read the table, so initialising this class first would see it half-built.
 */
final class EraTable {

    static final List<Era> ERAS;
    static final Map<String, Era> BY_NAME;

    private record Row(
            String name,
            String reading,
            String romaji,
            int year,
            int month,
            int day,
            CalendarSystem calendar,
            Court court,
            int explicitLastYear) {}

    static {
        List<Row> rows = read();
        List<Era> eras = new ArrayList<>(rows.size());
        Map<String, Era> byName = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            int lastYear = r.explicitLastYear() > 0 ? r.explicitLastYear() : derivedLastYear(rows, i);
            Era era = new Era(
                    r.name(), r.reading(), r.romaji(), r.year(), r.month(), r.day(), r.calendar(), r.court(), lastYear);
            eras.add(era);
            if (byName.put(era.name(), era) != null) {
                throw new IllegalStateException("duplicate era " + era.name());
            }
        }
        ERAS = Collections.unmodifiableList(eras);
        BY_NAME = Collections.unmodifiableMap(byName);
    }

    private EraTable() {}

    /** Last era year = start year of the next era of the same line − start year + 1; 0 when there is none. */
    private static int derivedLastYear(List<Row> rows, int index) {
        Row era = rows.get(index);
        int successorStart = 0;
        for (Court line : new Court[] {Court.SOUTHERN, Court.NORTHERN}) {
            if (era.court() != Court.BOTH && era.court() != line) {
                continue;
            }
            for (int j = index + 1; j < rows.size(); j++) {
                Row next = rows.get(j);
                if (next.court() == Court.BOTH || next.court() == line) {
                    successorStart = Math.max(successorStart, next.year());
                    break;
                }
            }
        }
        return successorStart == 0 ? 0 : successorStart - era.year() + 1;
    }

    private static List<Row> read() {
        InputStream in = EraTable.class.getResourceAsStream("eras.tsv");
        if (in == null) {
            throw new IllegalStateException("eras.tsv missing from the classpath");
        }
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                String[] ymd = f[3].split("-");
                rows.add(new Row(
                        f[0],
                        f[1],
                        f[2],
                        Integer.parseInt(ymd[0]),
                        Integer.parseInt(ymd[1]),
                        Integer.parseInt(ymd[2]),
                        CalendarSystem.valueOf(f[4]),
                        "-".equals(f[5]) ? Court.BOTH : Court.valueOf(f[5]),
                        "-".equals(f[6]) ? 0 : Integer.parseInt(f[6])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
