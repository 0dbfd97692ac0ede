package jp.kikan.residentregistry.internal;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import jp.kikan.platform.problem.InvalidParam;
import jp.kikan.platform.problem.ProblemException;
import jp.kikan.platform.tenant.TenantContext;
import jp.kikan.platform.text.SearchNormalizer;
import jp.kikan.residentregistry.RecordStatus;
import jp.kikan.residentregistry.ResidentAddress;
import jp.kikan.residentregistry.ResidentMatching;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * 名寄せ before a person is entered (転入, 職権記載, 出生): a resident on the registry (not 消除) who may be the same
 * person stops the entry with 409 {@code possible-duplicate} and the candidates, unless the clerk confirmed they are
 * other people ({@code chofuku_kakunin}). The matching is the addressee module's ({@link ResidentMatching}).
 *
 * <p>Entries of the same 氏名 (or 振り仮名) and 生年月日 run one at a time: a transaction-scoped advisory lock per key,
 * taken before the search, makes a concurrent identical request wait for the first to commit and then find it.
 */
@Component
class PossibleDuplicates {

    /** A candidate for the person at {@code komoku} of the request (the JSON shape documented in the contract). */
    record Candidate(String atenabango, List<String> riyu, String komoku) {
        Map<String, Object> json() {
            return Map.of("atenabango", atenabango, "riyu", riyu, "komoku", komoku);
        }
    }

    private final ObjectProvider<ResidentMatching> matching;
    private final ResidentRecords records;
    private final EntityManager entities;

    /**
     * The matching is looked up when a person is entered, not at start: the registry also starts on its own (its module
     * test), but it never enters a person without 名寄せ.
     */
    PossibleDuplicates(ObjectProvider<ResidentMatching> matching, ResidentRecords records, EntityManager entities) {
        this.matching = matching;
        this.records = records;
        this.entities = entities;
    }

    /** Throws 409 with the candidates when a resident may already be one of {@code people}, to live at {@code address}. */
    void refuseLikelyDuplicates(List<PersonData> people, ResidentAddress address) {
        ResidentMatching matcher = matching.getIfAvailable(() -> {
            throw new IllegalStateException(
                    "No ResidentMatching: the addressee module (団体内統合宛名) must run with the registry to enter persons");
        });
        lock(people);
        List<Candidate> found = new ArrayList<>();
        for (PersonData p : people) {
            String kana = p.furigana().isBlank() ? null : p.furigana();
            for (ResidentMatching.Match m :
                    matcher.residentsLike(p.shimei(), kana, p.seinengappi(), address.oneLine())) {
                boolean onRegistry = records.findCurrent(m.atenabango())
                        .filter(r -> r.status() != RecordStatus.REMOVED)
                        .isPresent();
                if (onRegistry) {
                    found.add(new Candidate(m.atenabango(), m.reasons(), p.field()));
                }
            }
        }
        if (found.isEmpty()) {
            return;
        }
        Candidate first = found.get(0);
        List<InvalidParam> params = found.stream()
                .map(Candidate::komoku)
                .distinct()
                .map(field -> new InvalidParam(field, "possible-duplicate", "同一人の可能性がある住民が既に記載されています。"))
                .toList();
        throw new ProblemException(
                        409,
                        "possible-duplicate",
                        "氏名・生年月日等が同じ住民（宛名番号「" + first.atenabango() + "」" + (found.size() > 1 ? " ほか" : "")
                                + "）が既に記載されています。同一人でないことを確認したときは、chofuku_kakunin を true として再度送信してください。",
                        params)
                .withExtension("kohosha", found.stream().map(Candidate::json).toList());
    }

    /** Locks the 名寄せ keys of {@code people} until the end of the transaction, in one order to avoid deadlocks. */
    private void lock(List<PersonData> people) {
        TreeSet<String> keys = new TreeSet<>();
        String tenant = TenantContext.require();
        for (PersonData p : people) {
            keys.add(tenant + "|shimei|" + SearchNormalizer.normalize(p.shimei()) + "|" + p.seinengappi());
            if (!p.furigana().isBlank()) {
                keys.add(tenant + "|furigana|" + SearchNormalizer.normalize(p.furigana()) + "|" + p.seinengappi());
            }
        }
        for (String key : keys) {
            entities.createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(:key, 0))")
                    .setParameter("key", key)
                    .getSingleResult();
        }
    }
}
