package jp.kikan.migration.residentregistry.validation;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kikan.migration.core.report.Rejection;
import jp.kikan.migration.core.report.RejectionProblem;
import jp.kikan.migration.core.report.RunReport;
import jp.kikan.migration.core.text.GaijiTable;
import jp.kikan.migration.core.text.SourceEncoding;
import jp.kikan.migration.core.validation.ProgressListener;
import jp.kikan.migration.residentregistry.model.LegacyHistoryRow;
import jp.kikan.migration.residentregistry.model.LegacyHousehold;
import jp.kikan.migration.residentregistry.model.LegacyNonResident;
import jp.kikan.migration.residentregistry.model.LegacyRecordSink;
import jp.kikan.migration.residentregistry.model.LegacyResident;
import jp.kikan.migration.residentregistry.reader.LegacySet;

/** Small hand-written CSV sets for the validation tests. */
final class TestSet {

    static final String JUMIN = "atenabango,kojinbango,jumin_shubetsu,shimei,shimei_furigana,seinengappi,seibetsu,"
            + "setaibango,zokugara,setainushifuragu,juminninatta_ymd,jusho_shikuchosonkodo,jusho_todofuken,"
            + "jusho_shikugunchosonmei,jusho_choaza,kokuseki";
    static final String SETAI = "setaibango,setainushi_atenabango";
    static final String IDORIREKI = "atenabango,rirekibango,idojiyu,idoymd,todokedeymd";
    static final String JUTOGAISHA = "atenabango,kojinbango,shimei,seinengappi,jusho_shikuchosonkodo,jusho_todofuken,"
            + "jusho_shikugunchosonmei,jusho_kokumeikodo,jusho_kokumeito";

    private final Path folder;
    private final Map<String, List<String>> files = new LinkedHashMap<>();
    private CodeLists codes = CodeLists.standard();

    TestSet(Path folder) {
        this.folder = folder;
    }

    /** A resident row with sensible defaults; overrides as {@code item=value}. */
    TestSet resident(String atena, String setai, String zokugara, String... overrides) {
        Map<String, String> v = new LinkedHashMap<>();
        for (String item : JUMIN.split(",")) {
            v.put(item, "");
        }
        v.put("atenabango", atena);
        v.put("jumin_shubetsu", "1");
        v.put("shimei", "山田　太郎" + wide(atena.substring(atena.length() - 3)));
        v.put("seinengappi", "1980-01-01");
        v.put("seibetsu", "1");
        v.put("setaibango", setai);
        v.put("zokugara", zokugara);
        v.put("juminninatta_ymd", "2000-01-01");
        v.put("jusho_shikuchosonkodo", "139998");
        v.put("jusho_todofuken", "東京都");
        v.put("jusho_shikugunchosonmei", "若葉市");
        v.put("jusho_choaza", "中央一丁目");
        return row("jumin.csv", JUMIN, v, overrides);
    }

    TestSet household(String setai, String head) {
        return line("setai.csv", SETAI, setai + "," + head);
    }

    TestSet history(String atena, String rireki, String jiyu, String idoymd, String todokede) {
        return line("idorireki.csv", IDORIREKI, String.join(",", atena, rireki, jiyu, idoymd, todokede));
    }

    TestSet nonResident(String atena, String... overrides) {
        Map<String, String> v = new LinkedHashMap<>();
        for (String item : JUTOGAISHA.split(",")) {
            v.put(item, "");
        }
        v.put("atenabango", atena);
        v.put("shimei", "鈴木　一郎" + wide(atena.substring(atena.length() - 3)));
        v.put("seinengappi", "1970-05-05");
        v.put("jusho_shikuchosonkodo", "131041");
        v.put("jusho_todofuken", "東京都");
        v.put("jusho_shikugunchosonmei", "新宿区");
        return row("jutogaisha.csv", JUTOGAISHA, v, overrides);
    }

    TestSet raw(String file, String header, String... lines) {
        for (String l : lines) {
            line(file, header, l);
        }
        return this;
    }

    TestSet legacyCodes(String table) throws IOException {
        codes = codes.withLegacyCodes(new StringReader(table), "legacy-codes.tsv");
        return this;
    }

    RunReport run() throws IOException {
        return run(null);
    }

    RunReport run(LegacyRecordSink sink) throws IOException {
        writeFiles();
        MigrationValidator validator = new MigrationValidator(ItemCatalogue.standard(), codes, GaijiTable.empty());
        return validator.validate(
                LegacySet.open(folder, SourceEncoding.UTF_8),
                Instant.parse("2026-04-01T00:00:00Z"),
                sink,
                ProgressListener.NONE);
    }

    void writeFiles() throws IOException {
        for (Map.Entry<String, List<String>> f : files.entrySet()) {
            Files.writeString(
                    folder.resolve(f.getKey()), String.join("\r\n", f.getValue()) + "\r\n", StandardCharsets.UTF_8);
        }
    }

    /** "file:line:field:code" of every problem. */
    static List<String> problems(RunReport report) {
        List<String> out = new ArrayList<>();
        for (Rejection r : report.rejections()) {
            for (RejectionProblem p : r.problems()) {
                out.add(r.file() + ":" + r.line() + ":" + p.field() + ":" + p.code());
            }
        }
        return out;
    }

    /** Collects what a run hands on. */
    static final class Collected implements LegacyRecordSink {
        final List<LegacyHousehold> households = new ArrayList<>();
        final List<LegacyResident> residents = new ArrayList<>();
        final List<LegacyNonResident> nonResidents = new ArrayList<>();
        final List<LegacyHistoryRow> history = new ArrayList<>();

        @Override
        public void household(LegacyHousehold household) {
            households.add(household);
        }

        @Override
        public void resident(LegacyResident resident) {
            residents.add(resident);
        }

        @Override
        public void nonResident(LegacyNonResident nonResident) {
            nonResidents.add(nonResident);
        }

        @Override
        public void history(LegacyHistoryRow row) {
            history.add(row);
        }
    }

    private TestSet row(String file, String header, Map<String, String> values, String... overrides) {
        for (String o : overrides) {
            String[] kv = o.split("=", 2);
            if (!values.containsKey(kv[0])) {
                throw new IllegalArgumentException("no column " + kv[0]);
            }
            values.put(kv[0], kv[1]);
        }
        return line(file, header, String.join(",", values.values()));
    }

    private TestSet line(String file, String header, String line) {
        files.computeIfAbsent(file, f -> new ArrayList<>(List.of(header))).add(line);
        return this;
    }

    private static String wide(String digits) {
        StringBuilder s = new StringBuilder();
        for (char c : digits.toCharArray()) {
            s.append((char) (c + 0xFEE0));
        }
        return s.toString();
    }
}
