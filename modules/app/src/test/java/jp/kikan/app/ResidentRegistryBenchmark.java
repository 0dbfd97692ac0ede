package jp.kikan.app;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import javax.sql.DataSource;
import jp.kikan.platform.tenant.TenantContext;
import jp.kikan.platform.text.SearchNormalizer;
import jp.kikan.residentregistry.ResidentRegistry;
import kikan.testsupport.ApiClient;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Benchmark, not a test (it asserts nothing about speed and is not run by {@code ./mvnw verify}). Loads 100,000
 * residents with history (about 2.2 versions each) into a fresh tenant, then prints:
 *
 * <ul>
 *   <li>as-of lookups per second through the published facade (in process, one thread, audit included);
 *   <li>the limit: the same as-of select over plain JDBC on a tenant connection (row-level security on), one thread,
 *       with every other figure's ratio to it;
 *   <li>a batch read of every person at one date through the facade ({@code forEachAsOf}, one audit entry);
 *   <li>requests per second and p50/p99 latency of the as-of endpoint and of the name search endpoint under
 *       concurrent load over HTTP (8 and 32 client threads, loopback only, bounded in count). An as-of request for a
 *       date before the person's first entry answers 404, which is a correct answer, not an error.
 * </ul>
 *
 * <p>Run: {@code ./mvnw -B -ntp -Pbenchmark -pl modules/app -am verify -Dtest=ResidentRegistryBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -Dbench.residents=100000}. Every API read writes an audit record in the
 * tenant's hash chain, so the figures include that cost.
 */
@org.springframework.test.context.TestPropertySource(properties = "logging.level.jp.kikan.access=WARN")
class ResidentRegistryBenchmark extends IntegrationTest {

    private static final String[][] FAMILY = {
        {"佐藤", "サトウ"}, {"鈴木", "スズキ"}, {"高橋", "タカハシ"}, {"田中", "タナカ"}, {"伊藤", "イトウ"},
        {"渡辺", "ワタナベ"}, {"山本", "ヤマモト"}, {"中村", "ナカムラ"}, {"小林", "コバヤシ"}, {"加藤", "カトウ"},
        {"吉田", "ヨシダ"}, {"山田", "ヤマダ"}, {"佐々木", "ササキ"}, {"山口", "ヤマグチ"}, {"松本", "マツモト"},
        {"井上", "イノウエ"}, {"木村", "キムラ"}, {"林", "ハヤシ"}, {"清水", "シミズ"}, {"髙橋", "タカハシ"},
        {"齋藤", "サイトウ"}, {"渡邊", "ワタナベ"}, {"石川", "イシカワ"}, {"前田", "マエダ"}, {"藤田", "フジタ"},
        {"岡田", "オカダ"}, {"後藤", "ゴトウ"}, {"長谷川", "ハセガワ"}, {"村上", "ムラカミ"}, {"近藤", "コンドウ"}
    };
    private static final String[][] GIVEN = {
        {"太郎", "タロウ"}, {"健太", "ケンタ"}, {"翔", "ショウ"}, {"大輔", "ダイスケ"}, {"誠", "マコト"},
        {"蓮", "レン"}, {"悠真", "ユウマ"}, {"陽翔", "ハルト"}, {"花子", "ハナコ"}, {"陽子", "ヨウコ"},
        {"美咲", "ミサキ"}, {"結衣", "ユイ"}, {"さくら", "サクラ"}, {"葵", "アオイ"}, {"陽菜", "ヒナ"},
        {"恵子", "ケイコ"}, {"由美", "ユミ"}, {"愛", "アイ"}, {"浩二", "コウジ"}, {"一郎", "イチロウ"}
    };
    private static final String[] TOWNS = {"中央一丁目", "中央二丁目", "本町", "緑町", "桜ヶ丘三丁目", "若葉台", "港南一丁目", "大字東原"};
    private static final String COLUMNS =
            "tenant_code,atenabango,version,shimei,shimei_furigana,search_name,search_kana,"
                    + "search_given,search_given_kana,seinengappi,seibetsu,setaibango,zokugara,setainushi,juminninatta_ymd,jutei_ymd,jusho_shikuchosonkodo,"
                    + "jusho_choazakodo,jusho_todofuken,jusho_shikugunchosonmei,jusho_choaza,jusho_banchigohyoki,search_address,"
                    + "valid_from,recorded_at,superseded_at,jotai,idojiyu,is_current";

    @Autowired
    DataSource dataSource;

    @Autowired
    ResidentRegistry registry;

    @Test
    void loadAndMeasure() throws Exception {
        int residents = Integer.getInteger("bench.residents", 100_000);
        String tenant = newTenantCode();
        tenants.register(tenant, "負荷市", "フカシ");
        List<String> people = new ArrayList<>();
        List<String> names = new ArrayList<>();
        long loadStart = System.nanoTime();
        long versions = load(tenant, residents, people, names);
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().execute("VACUUM (ANALYZE) resident_registry.resident_record");
        }

        // The limit: the same as-of query over plain JDBC, one thread, on a connection of the tenant (row-level
        // security on, as for the application), no audit, no mapping.
        int lookups = 20_000;
        double rawPerSecond = TenantContext.callAs(tenant, () -> rawAsOf(new Random(7), people, 2_000, lookups));

        // As-of lookups through the facade, one thread, in process.
        Random random = new Random(7);
        int warm = 2_000;
        TenantContext.runAs(tenant, () -> {
            for (int i = 0; i < warm; i++) {
                asOf(random, people);
            }
        });
        long facadeStart = System.nanoTime();
        TenantContext.runAs(tenant, () -> {
            for (int i = 0; i < lookups; i++) {
                asOf(random, people);
            }
        });
        double facadePerSecond = lookups / ((System.nanoTime() - facadeStart) / 1e9);

        // A batch read of every person at one date through the facade (a 当初課税 or 賦課 run), one audit entry.
        LocalDate kijunbi = LocalDate.of(2026, 1, 1);
        long bulkStart = System.nanoTime();
        int bulkRead = TenantContext.callAs(
                tenant, () -> registry.forEachAsOf(people, kijunbi, Instant.now(), "ベンチマーク（一括照会）", p -> {}));
        double bulkSeconds = (System.nanoTime() - bulkStart) / 1e9;

        // The API under concurrent load.
        ApiClient api = api();
        String token = api.token(tenant, "resident-registry:clerk");
        String base = "http://localhost:" + port + "/api/resident-registry/v1/tenants/" + tenant;
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Supplier<URI> asOfUri = () -> {
            ThreadLocalRandom r = ThreadLocalRandom.current();
            return URI.create(base + "/residents/" + people.get(r.nextInt(people.size())) + "?kijunbi="
                    + LocalDate.of(1995 + r.nextInt(31), 1 + r.nextInt(12), 1 + r.nextInt(28)));
        };
        Supplier<URI> searchUri = () -> {
            ThreadLocalRandom r = ThreadLocalRandom.current();
            return URI.create(base + "/residents?size=20&shimei="
                    + URLEncoder.encode(names.get(r.nextInt(names.size())), StandardCharsets.UTF_8));
        };
        // Warm-up, not measured: the server JIT compiles the request path only after thousands of requests (the
        // first 8-client run measured compilation, and ran at half the speed of the 32-client run after it).
        load(http, token, asOfUri, 8, 8_000);
        load(http, token, searchUri, 8, 2_000);
        Load asOfLoad = load(http, token, asOfUri, 8, 4_000);
        Load asOfLoad32 = load(http, token, asOfUri, 32, 8_000);
        Load searchLoad = load(http, token, searchUri, 8, 2_000);
        Load searchLoad32 = load(http, token, searchUri, 32, 4_000);

        System.out.printf(
                """

                === Resident registry benchmark (%d residents, %d versions, %d cores) ===
                load (COPY of generated rows)           %8.1f s   %,10.0f versions/s
                limit: raw JDBC as-of select, 1 thread  %,10.0f selects/s   (ratio 1.00)
                as-of lookups, facade, 1 thread         %,10.0f lookups/s   (ratio %.2f to the limit)
                bulk as-of of every person, facade      %8.1f s   %,10.0f persons/s   (ratio %.2f to the limit)
                GET /residents/{a}?kijunbi (8 threads)  %s
                GET /residents/{a}?kijunbi (32 threads) %s
                GET /residents?shimei=…   (8 threads)  %s
                GET /residents?shimei=…   (32 threads) %s
                (every API and facade read is audited; the ratios compare to the raw select of the same run; the API
                 loads ran after a warm-up of 8,000 as-of reads and 2,000 searches)

                """,
                residents,
                versions,
                Runtime.getRuntime().availableProcessors(),
                loadSeconds,
                versions / loadSeconds,
                rawPerSecond,
                facadePerSecond,
                facadePerSecond / rawPerSecond,
                bulkSeconds,
                bulkRead / bulkSeconds,
                bulkRead / bulkSeconds / rawPerSecond,
                asOfLoad.line(rawPerSecond),
                asOfLoad32.line(rawPerSecond),
                searchLoad.line(rawPerSecond),
                searchLoad32.line(rawPerSecond));
    }

    /** {@code lookups} as-of selects of random persons and dates over plain JDBC, after {@code warm}; per second. */
    private double rawAsOf(Random random, List<String> people, int warm, int lookups) {
        try (Connection c = dataSource.getConnection();
                var select = c.prepareStatement("SELECT r.* FROM resident_registry.resident_record r"
                        + " WHERE r.tenant_code = ? AND r.atenabango = ? AND r.valid_from <= ?"
                        + " AND r.recorded_at <= ? AND (r.superseded_at IS NULL OR r.superseded_at > ?)"
                        + " ORDER BY r.valid_from DESC, r.version DESC LIMIT 1")) {
            long start = 0;
            for (int i = 0; i < warm + lookups; i++) {
                if (i == warm) {
                    start = System.nanoTime();
                }
                java.sql.Timestamp now = java.sql.Timestamp.from(Instant.now());
                select.setString(1, TenantContext.require());
                select.setString(2, people.get(random.nextInt(people.size())));
                select.setObject(
                        3, LocalDate.of(1995 + random.nextInt(31), 1 + random.nextInt(12), 1 + random.nextInt(28)));
                select.setTimestamp(4, now);
                select.setTimestamp(5, now);
                try (var rows = select.executeQuery()) {
                    while (rows.next()) {
                        rows.getString("atenabango");
                    }
                }
            }
            return lookups / ((System.nanoTime() - start) / 1e9);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void asOf(Random random, List<String> people) {
        registry.find(
                people.get(random.nextInt(people.size())),
                LocalDate.of(1995 + random.nextInt(31), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                Instant.now());
    }

    /** Generates households with history and COPYs them in; returns the number of versions. */
    private long load(String tenant, int residents, List<String> people, List<String> names) throws Exception {
        Random random = new Random(2026);
        StringBuilder rows = new StringBuilder(residents * 400);
        long versions = 0;
        int person = 0;
        int household = 0;
        String now = Instant.now().minusSeconds(3600).toString();
        while (person < residents) {
            household++;
            String setai = String.format("%015d", 9_000_000L + household);
            String[] family = FAMILY[random.nextInt(FAMILY.length)];
            String town = TOWNS[random.nextInt(TOWNS.length)];
            String banchi = (1 + random.nextInt(30)) + "番" + (1 + random.nextInt(20)) + "号";
            int size = 1 + random.nextInt(4);
            LocalDate movedIn = LocalDate.of(1990 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28));
            boolean moved = random.nextInt(2) == 0;
            LocalDate movedOn = movedIn.plusDays(200 + random.nextInt(3000));
            String newTown = TOWNS[random.nextInt(TOWNS.length)];
            for (int m = 0; m < size && person < residents; m++) {
                person++;
                String a = String.format("%015d", 8_000_000L + person);
                String[] given = GIVEN[random.nextInt(GIVEN.length)];
                String shimei = family[0] + "　" + given[0];
                String kana = family[1] + "　" + given[1];
                LocalDate birth = movedIn.minusYears(m == 0 ? 30 + random.nextInt(30) : random.nextInt(40))
                        .minusDays(random.nextInt(365));
                String zokugara = m == 0 ? "世帯主" : m == 1 ? "妻" : "子";
                people.add(a);
                if (person % 50 == 0) {
                    names.add(kana);
                    names.add(family[0]);
                    names.add(given[1]);
                }
                int version = 1;
                boolean third = random.nextInt(5) == 0;
                row(
                        rows,
                        tenant,
                        a,
                        version++,
                        shimei,
                        kana,
                        birth,
                        setai,
                        zokugara,
                        m == 0,
                        movedIn,
                        movedIn,
                        town,
                        banchi,
                        movedIn,
                        now,
                        "TENNYU",
                        !moved && !third);
                if (moved) {
                    row(
                            rows, tenant, a, version++, shimei, kana, birth, setai, zokugara, m == 0, movedIn, movedOn,
                            newTown, banchi, movedOn, now, "TENKYO", !third);
                }
                if (third) {
                    LocalDate d = (moved ? movedOn : movedIn).plusDays(100 + random.nextInt(2000));
                    row(
                            rows,
                            tenant,
                            a,
                            version++,
                            shimei,
                            kana,
                            birth,
                            setai,
                            zokugara,
                            m == 0,
                            movedIn,
                            moved ? movedOn : movedIn,
                            moved ? newTown : town,
                            banchi,
                            d,
                            now,
                            "SETAI_KOSEI_HENKO",
                            true);
                }
                versions += version - 1;
            }
        }
        try (Connection c = dataSource.getConnection()) {
            c.unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn(
                            "COPY resident_registry.resident_record (" + COLUMNS + ") FROM STDIN WITH (FORMAT text)",
                            new StringReader(rows.toString()));
        }
        return versions;
    }

    private static void row(
            StringBuilder out,
            String tenant,
            String a,
            int version,
            String shimei,
            String kana,
            LocalDate birth,
            String setai,
            String zokugara,
            boolean head,
            LocalDate since,
            LocalDate jutei,
            String town,
            String banchi,
            LocalDate validFrom,
            String recorded,
            String reason,
            boolean current) {
        String[] given = shimei.split("　");
        String[] givenKana = kana.split("　");
        out.append(String.join(
                        "\t",
                        tenant,
                        a,
                        Integer.toString(version),
                        shimei,
                        kana,
                        SearchNormalizer.normalize(shimei),
                        SearchNormalizer.normalize(kana),
                        SearchNormalizer.normalize(given[1]),
                        SearchNormalizer.normalize(givenKana[1]),
                        birth.toString(),
                        version % 2 == 0 ? "2" : "1",
                        setai,
                        zokugara,
                        head ? "t" : "f",
                        since.toString(),
                        jutei.toString(),
                        tenant,
                        "0001001",
                        "東京都",
                        "負荷市",
                        town,
                        banchi,
                        SearchNormalizer.normalize(town + banchi),
                        validFrom.toString(),
                        recorded,
                        "\\N",
                        "JUMIN",
                        reason,
                        current ? "t" : "f"))
                .append('\n');
    }

    private record Load(double perSecond, double[] latenciesMs, int count, int failures) {
        double percentile(int p) {
            if (latenciesMs.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * latenciesMs.length) - 1;
            return latenciesMs[Math.max(0, Math.min(index, latenciesMs.length - 1))];
        }

        /** Throughput and latency, with the throughput's ratio to the same run's raw select. */
        String line(double limit) {
            return String.format(
                    "%,10.0f req/s   p50 %6.1f ms   p99 %6.1f ms   (ratio %.3f to the limit; %d req, %d errors)",
                    perSecond, percentile(50), percentile(99), perSecond / limit, count, failures);
        }
    }

    /** {@code total} requests from {@code threads} client threads, after a warm-up; latencies sorted. */
    private static Load load(HttpClient http, String token, Supplier<URI> uris, int threads, int total)
            throws Exception {
        for (int i = 0; i < 200; i++) {
            send(http, token, uris.get());
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        int perThread = total / threads;
        long start = System.nanoTime();
        List<Future<long[]>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                long[] out = new long[perThread + 1];
                int failures = 0;
                for (int i = 0; i < perThread; i++) {
                    long s = System.nanoTime();
                    int status = send(http, token, uris.get());
                    out[i] = System.nanoTime() - s;
                    if (status != 200 && status != 404) {
                        failures++;
                    }
                }
                out[perThread] = failures;
                return out;
            }));
        }
        double[] latencies = new double[perThread * threads];
        int failures = 0;
        int k = 0;
        for (Future<long[]> f : futures) {
            long[] r = f.get();
            for (int i = 0; i < perThread; i++) {
                latencies[k++] = r[i] / 1e6;
            }
            failures += (int) r[perThread];
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Arrays.sort(latencies);
        return new Load(latencies.length / seconds, latencies, latencies.length, failures);
    }

    private static int send(HttpClient http, String token, URI uri) {
        try {
            return http.send(
                            HttpRequest.newBuilder(uri)
                                    .timeout(Duration.ofSeconds(30))
                                    .header("Authorization", "Bearer " + token)
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (Exception e) {
            return -1;
        }
    }
}
