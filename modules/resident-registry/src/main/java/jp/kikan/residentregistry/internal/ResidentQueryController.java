package jp.kikan.residentregistry.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import jp.kikan.platform.http.EntityTags;
import jp.kikan.residentregistry.web.api.ChangesApi;
import jp.kikan.residentregistry.web.api.HouseholdsApi;
import jp.kikan.residentregistry.web.api.ResidentsApi;
import jp.kikan.residentregistry.web.model.ChangePage;
import jp.kikan.residentregistry.web.model.Household;
import jp.kikan.residentregistry.web.model.Resident;
import jp.kikan.residentregistry.web.model.ResidentHistory;
import jp.kikan.residentregistry.web.model.ResidentPage;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/**
 * 住民の検索・照会, 異動履歴, 世帯の照会 and the 差分 over HTTP: the reads are {@link ResidentQueries}' (audited there,
 * as the screens' are); this adds the ETag of a person's record.
 */
@RestController
class ResidentQueryController implements ResidentsApi, HouseholdsApi, ChangesApi {

    private final ResidentQueries queries;

    ResidentQueryController(ResidentQueries queries) {
        this.queries = queries;
    }

    @Override
    public ResponseEntity<ResidentPage> searchResidents(
            String tenantCode,
            @Nullable String shimei,
            @Nullable LocalDate seinengappi,
            @Nullable String jusho,
            @Nullable String setaibango,
            @Nullable String atenabango,
            @Nullable String juminhyocode,
            Boolean shojosha,
            Integer page,
            Integer size) {
        return ResponseEntity.ok(queries.search(
                new ResidentQueries.Criteria(
                        shimei,
                        seinengappi,
                        jusho,
                        setaibango,
                        atenabango,
                        juminhyocode,
                        Boolean.TRUE.equals(shojosha)),
                page,
                size));
    }

    @Override
    public ResponseEntity<Resident> getResident(
            String tenantCode, String atenabango, @Nullable LocalDate kijunbi, @Nullable OffsetDateTime kijunNichiji) {
        Resident resident = queries.resident(atenabango, kijunbi, kijunNichiji);
        return ResponseEntity.ok()
                .eTag(EntityTags.of(resident.getRirekibango()))
                .body(resident);
    }

    @Override
    public ResponseEntity<ResidentHistory> getResidentHistory(String tenantCode, String atenabango) {
        return ResponseEntity.ok(queries.history(atenabango));
    }

    @Override
    public ResponseEntity<Household> getHousehold(
            String tenantCode, String setaibango, @Nullable LocalDate kijunbi, @Nullable OffsetDateTime kijunNichiji) {
        return ResponseEntity.ok(queries.household(setaibango, kijunbi, kijunNichiji));
    }

    @Override
    public ResponseEntity<ChangePage> listChanges(String tenantCode, OffsetDateTime since, Integer page, Integer size) {
        return ResponseEntity.ok(queries.changes(since, page, size));
    }
}
