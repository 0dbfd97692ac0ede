package jp.kikan.app;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import jp.kikan.app.workload.PlainHttp;
import jp.kikan.app.workload.UniqueResidents;
import jp.kikan.platform.tenant.TenantContext;
import jp.kikan.residentregistry.ChangeReason;
import jp.kikan.residentregistry.ImportedVersion;
import jp.kikan.residentregistry.RecordStatus;
import jp.kikan.residentregistry.RegistryImport;
import jp.kikan.residentregistry.ResidentAddress;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;

/**
 * Benchmark, not a test (it asserts nothing about speed and is not run by {@code ./mvnw verify}): the counter's mixed
 * workload over HTTP on loopback against the application on its port, at 8, 32 and 64 concurrent clients, with the
 * connection pool the application is configured with (default 10), so that 32 and 64 clients exceed it.
 *
 * <p>Every client sends, one request after the other: 32 % name searches ({@code GET /residents?shimei=} with a
 * 前方一致 prefix: a family name, the start of its reading, a given name's reading), 33 % reads of one resident
 * ({@code GET /residents/{宛名番号}}), 5 % 住民票の写し ({@code POST /certificates}, a PDF), 30 % 異動: half 転入 of a
 * new one-person household, half 転居 of a whole household to a new address, each with its own
 * {@code Idempotency-Key}. Entered persons have names nobody else has, so the 名寄せ duplicate check never fires.
 * The tenant is seeded first through the registry's import facade (default 5,000 residents in about 2,500
 * households, {@code -Dbench.residents}).
 *
 * <p>For each level, after a warm-up, the clients run for a fixed time ({@code -Dbench.seconds}, default 30) and the
 * requests still running then are waited for; it prints exactly one line:
 *
 * <pre>load N clients: R req/s, p50 X ms, p99 Y ms, errors E</pre>
 *
 * <p>where R counts every completed request over the level's wall time and the percentiles include every request. An
 * error is a transport failure (a request gets at most 60 s) or a status the workload did not expect (anything but
 * 200 for reads and certificates, 201 for 異動). After the three lines come the count and latency of each operation
 * per level, with the machine's load average (other work on the machine slows the figures down), and the errors by
 * operation and status. The application's log goes to {@code target/benchmark/mixed-load-application.log}.
 *
 * <p>Run: {@code ./mvnw -B -ntp -Pbenchmark -pl modules/app -am verify -Dtest=MixedLoadBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}. Every request also appends to the tenant's audit hash chain.
 */
@TestPropertySource(
        properties = {
            "logging.level.jp.kikan.access=WARN",
            // The application's log (pool time-outs under overload are long) goes to a file; the console keeps the
            // figures.
            "logging.file.name=target/benchmark/mixed-load-application.log",
            "logging.threshold.console=OFF"
        })
class MixedLoadBenchmark extends IntegrationTest {

    private static final int[] LEVELS = {8, 32, 64};
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final String[][] FAMILY = {
        {"佐藤", "サトウ"}, {"鈴木", "スズキ"}, {"高橋", "タカハシ"}, {"田中", "タナカ"}, {"伊藤", "イトウ"},
        {"渡辺", "ワタナベ"}, {"山本", "ヤマモト"}, {"中村", "ナカムラ"}, {"小林", "コバヤシ"}, {"加藤", "カトウ"},
        {"吉田", "ヨシダ"}, {"山田", "ヤマダ"}, {"佐々木", "ササキ"}, {"山口", "ヤマグチ"}, {"松本", "マツモト"},
        {"井上", "イノウエ"}, {"木村", "キムラ"}, {"林", "ハヤシ"}, {"清水", "シミズ"}, {"齋藤", "サイトウ"}
    };
    private static final String[][] GIVEN = {
        {"太郎", "タロウ"}, {"健太", "ケンタ"}, {"翔", "ショウ"}, {"大輔", "ダイスケ"}, {"誠", "マコト"},
        {"蓮", "レン"}, {"悠真", "ユウマ"}, {"陽翔", "ハルト"}, {"花子", "ハナコ"}, {"陽子", "ヨウコ"},
        {"美咲", "ミサキ"}, {"結衣", "ユイ"}, {"さくら", "サクラ"}, {"葵", "アオイ"}, {"陽菜", "ヒナ"}
    };
    private static final String MUNICIPALITY = "負荷市";
    private static final String PREFECTURE = "東京都";

    @Autowired
    RegistryImport registryImport;

    @Value("${spring.datasource.hikari.maximum-pool-size}")
    int poolSize;

    /** What the clients work on: the residents they may read, the households they may move, the search prefixes. */
    private final List<String> residents = new CopyOnWriteArrayList<>();

    private final ConcurrentLinkedQueue<List<String>> households = new ConcurrentLinkedQueue<>();
    private final List<String> prefixes = new ArrayList<>();

    private enum Operation {
        SEARCH,
        GET,
        CERTIFICATE,
        MOVE_IN,
        ADDRESS_CHANGE
    }

    @Test
    void mixedWorkloadAt8And32And64Clients() throws Exception {
        int seed = Integer.getInteger("bench.residents", 5_000);
        int seconds = Integer.getInteger("bench.seconds", 30);
        String tenant = newTenantCode();
        tenants.register(tenant, MUNICIPALITY, "フカシ");
        long seedStart = System.nanoTime();
        int households = seed(tenant, seed);
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;

        String token = api().token(tenant, "resident-registry:clerk");
        PlainHttp http = new PlainHttp("http://localhost:" + port, REQUEST_TIMEOUT);
        UniqueResidents people = new UniqueResidents(FAMILY, tenant, PREFECTURE, MUNICIPALITY);
        Workload workload = new Workload(http, token, "/api/resident-registry/v1/tenants/" + tenant, people);

        System.out.printf(
                "%n=== Mixed load benchmark: %d residents in %d households seeded in %.1f s; pool %d connections;"
                        + " %d s per level; %d cores, load average %.1f ===%n",
                seed,
                households,
                seedSeconds,
                poolSize,
                seconds,
                Runtime.getRuntime().availableProcessors(),
                loadAverage());
        run(workload, 8, Duration.ofSeconds(10)); // warm-up (JIT, caches), not reported
        List<String> detail = new ArrayList<>();
        for (int clients : LEVELS) {
            run(workload, clients, Duration.ofSeconds(3)); // this level's connections and threads, not reported
            Level level = run(workload, clients, Duration.ofSeconds(seconds));
            System.out.printf(
                    "load %d clients: %.0f req/s, p50 %.1f ms, p99 %.1f ms, errors %d%n",
                    clients, level.perSecond(), level.percentile(50), level.percentile(99), level.errors());
            detail.add(String.format("%d clients (load average %.1f): %s", clients, loadAverage(), level.operations()));
            if (!level.errorKinds().isEmpty()) {
                detail.add(
                        String.format("%d clients, errors by operation and outcome: %s", clients, level.errorKinds()));
            }
        }
        System.out.println("by operation:");
        detail.forEach(line -> System.out.println("  " + line));
        System.out.println();
    }

    // ------------------------------------------------------------------------------------------------- seeding

    /** Seeds the tenant with {@code count} residents in households of 1–3 through the import facade. */
    private int seed(String tenant, int count) {
        Random random = new Random(2026);
        String run = "mixed-load-" + UUID.randomUUID();
        List<ImportedVersion> batch = new ArrayList<>();
        Instant recorded = Instant.now().minusSeconds(3600);
        int batches = 0;
        int householdCount = 0;
        int person = 0;
        while (person < count) {
            householdCount++;
            String setaibango = String.format("%015d", 600_000_000L + householdCount);
            String[] family = FAMILY[random.nextInt(FAMILY.length)];
            LocalDate movedIn = LocalDate.of(1990 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28));
            ResidentAddress address = new ResidentAddress(
                    tenant,
                    "0001001",
                    PREFECTURE,
                    MUNICIPALITY,
                    "本町",
                    householdCount + "番" + (1 + random.nextInt(20)) + "号",
                    null);
            int size = 1 + random.nextInt(3);
            List<String> members = new ArrayList<>();
            for (int m = 0; m < size && person < count; m++) {
                person++;
                String atenabango = String.format("%015d", 600_000_000L + person);
                String[] given = GIVEN[random.nextInt(GIVEN.length)];
                LocalDate birth = movedIn.minusYears(m == 0 ? 25 + random.nextInt(40) : random.nextInt(20))
                        .minusDays(random.nextInt(365));
                batch.add(new ImportedVersion(
                        atenabango,
                        1,
                        RecordStatus.RESIDENT,
                        ChangeReason.MOVE_IN,
                        movedIn,
                        movedIn,
                        recorded,
                        true,
                        family[0] + "　" + given[0],
                        family[1] + "　" + given[1],
                        birth,
                        null,
                        m == 1 ? "2" : "1",
                        setaibango,
                        m == 0 ? "世帯主" : m == 1 ? "妻" : "子",
                        m == 0,
                        movedIn,
                        movedIn,
                        address,
                        "大阪府大阪市北区梅田一丁目1番1号",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        RegistryImport.batchId(run, batches + 1),
                        "mixed-load:" + person));
                members.add(atenabango);
                residents.add(atenabango);
                if (person % 40 == 0) {
                    prefixes.add(family[0]);
                    prefixes.add(toHiragana(family[1].substring(0, 2)));
                    prefixes.add(toHiragana(given[1]));
                }
            }
            households.add(members);
            if (batch.size() >= 1_000 || person == count) {
                int number = ++batches;
                List<ImportedVersion> versions = List.copyOf(batch);
                RegistryImport.Outcome outcome = TenantContext.callAs(
                        tenant, () -> registryImport.load(RegistryImport.batchId(run, number), versions));
                if (!outcome.refused().isEmpty()) {
                    throw new IllegalStateException("seed refused: " + outcome.refused());
                }
                batch.clear();
            }
        }
        TenantContext.runAs(tenant, registryImport::refreshStatistics);
        return householdCount;
    }

    private static String toHiragana(String katakana) {
        StringBuilder out = new StringBuilder();
        katakana.codePoints().forEach(c -> out.appendCodePoint(c >= 0x30A1 && c <= 0x30F6 ? c - 0x60 : c));
        return out.toString();
    }

    // ------------------------------------------------------------------------------------------------- the load

    /** The requests of the workload: each picks its operation with the workload's weights and checks the status. */
    private final class Workload {

        private final PlainHttp http;
        private final String token;
        private final String base;
        private final UniqueResidents people;

        Workload(PlainHttp http, String token, String base, UniqueResidents people) {
            this.http = http;
            this.token = token;
            this.base = base;
            this.people = people;
        }

        /** Sends one request; returns its outcome. */
        Outcome next() {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            int dice = random.nextInt(100);
            Operation operation = dice < 32
                    ? Operation.SEARCH
                    : dice < 65
                            ? Operation.GET
                            : dice < 70
                                    ? Operation.CERTIFICATE
                                    : dice < 85 ? Operation.MOVE_IN : Operation.ADDRESS_CHANGE;
            // Yesterday in the registry's zone: never a future 異動日, and never before a seeded or entered one.
            LocalDate idoymd = LocalDate.now(ZoneId.of("Asia/Tokyo")).minusDays(1);
            switch (operation) {
                case SEARCH -> {
                    String prefix = prefixes.get(random.nextInt(prefixes.size()));
                    PlainHttp.Exchange r = http.get(
                            base + "/residents?size=20&shimei=" + URLEncoder.encode(prefix, StandardCharsets.UTF_8),
                            token);
                    return new Outcome(operation, r, 200);
                }
                case GET -> {
                    String a = residents.get(random.nextInt(residents.size()));
                    return new Outcome(operation, http.get(base + "/residents/" + a, token), 200);
                }
                case CERTIFICATE -> {
                    String a = residents.get(random.nextInt(residents.size()));
                    PlainHttp.Exchange r = http.post(
                            base + "/certificates",
                            token,
                            """
                            {"shurui":"JUMINHYO_NO_UTSUSHI","atenabango":["%s"],"seikyusha_kubun":"HONNIN","seikyu_jiyu":"本人確認"}""".formatted(a),
                            "Idempotency-Key",
                            UUID.randomUUID().toString());
                    return new Outcome(operation, r, 200);
                }
                case ADDRESS_CHANGE -> {
                    List<String> household = households.poll();
                    if (household != null) {
                        try {
                            PlainHttp.Exchange r = http.post(
                                    base + "/address-changes",
                                    token,
                                    people.addressChange(household, idoymd),
                                    "Idempotency-Key",
                                    UUID.randomUUID().toString());
                            return new Outcome(operation, r, 201);
                        } finally {
                            households.add(household);
                        }
                    }
                    return moveIn(idoymd); // every household is being moved by another client just now
                }
                default -> {
                    return moveIn(idoymd);
                }
            }
        }

        private Outcome moveIn(LocalDate idoymd) {
            PlainHttp.Exchange r = http.post(
                    base + "/move-ins",
                    token,
                    people.moveIn(people.next(), idoymd),
                    "Idempotency-Key",
                    UUID.randomUUID().toString());
            if (r.status() == 201) {
                tools.jackson.databind.JsonNode a =
                        r.json().path("residents").path(0).path("atenabango");
                if (a.isString()) {
                    residents.add(a.asString());
                    households.add(List.of(a.asString()));
                }
            }
            return new Outcome(Operation.MOVE_IN, r, 201);
        }
    }

    /** One request: what it was, what came back, what the workload expected. */
    private record Outcome(Operation operation, PlainHttp.Exchange exchange, int expected) {
        boolean error() {
            return exchange.status() != expected;
        }

        String kind() {
            PlainHttp.Exchange r = exchange;
            return operation + " "
                    + (r.answered()
                            ? Integer.toString(r.status())
                            : r.describe().split(" ")[0]);
        }
    }

    /** A growable list of latencies. */
    private static final class Samples {
        private double[] values = new double[256];
        private int size;

        void add(double value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        void addAll(Samples other) {
            for (int i = 0; i < other.size; i++) {
                add(other.values[i]);
            }
        }

        double[] sorted() {
            double[] out = Arrays.copyOf(values, size);
            Arrays.sort(out);
            return out;
        }
    }

    private record Level(
            double perSecond,
            double[] latenciesMs,
            int errors,
            Map<String, Integer> errorKinds,
            Map<Operation, double[]> byOperation) {
        double percentile(int p) {
            return percentile(latenciesMs, p);
        }

        static double percentile(double[] sorted, int p) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
        }

        /** Per operation: count, p50 and p99, e.g. {@code SEARCH 120 (p50 12.0 ms, p99 40.1 ms)}. */
        String operations() {
            StringBuilder out = new StringBuilder();
            byOperation.forEach((operation, sorted) -> out.append(out.isEmpty() ? "" : ", ")
                    .append(String.format(
                            "%s %d (p50 %.1f ms, p99 %.1f ms)",
                            operation, sorted.length, percentile(sorted, 50), percentile(sorted, 99))));
            return out.toString();
        }
    }

    /** {@code clients} threads send requests one after the other until {@code duration} is over. */
    private static Level run(Workload workload, int clients, Duration duration) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        Map<String, Integer> errorKinds = new ConcurrentHashMap<>();
        LongAdder errors = new LongAdder();
        List<Future<Map<Operation, Samples>>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                Map<Operation, Samples> latencies = new EnumMap<>(Operation.class);
                while (System.nanoTime() < end) {
                    Outcome outcome = workload.next();
                    latencies
                            .computeIfAbsent(outcome.operation(), o -> new Samples())
                            .add(outcome.exchange().millis());
                    if (outcome.error()) {
                        errors.increment();
                        errorKinds.merge(outcome.kind(), 1, Integer::sum);
                    }
                }
                return latencies;
            }));
        }
        Samples all = new Samples();
        Map<Operation, Samples> byOperation = new EnumMap<>(Operation.class);
        for (Future<Map<Operation, Samples>> f : futures) {
            f.get().forEach((operation, samples) -> {
                all.addAll(samples);
                byOperation.computeIfAbsent(operation, o -> new Samples()).addAll(samples);
            });
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        double[] sorted = all.sorted();
        Map<Operation, double[]> sortedByOperation = new EnumMap<>(Operation.class);
        byOperation.forEach((operation, samples) -> sortedByOperation.put(operation, samples.sorted()));
        return new Level(
                sorted.length / seconds, sorted, errors.intValue(), new TreeMap<>(errorKinds), sortedByOperation);
    }

    /** The machine's 1-minute load average (other work on it slows the figures down), or -1 where unknown. */
    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
