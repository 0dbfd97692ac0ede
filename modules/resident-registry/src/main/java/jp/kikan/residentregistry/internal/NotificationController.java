package jp.kikan.residentregistry.internal;

import java.util.Set;
import jp.kikan.residentregistry.web.api.NotificationsApi;
import jp.kikan.residentregistry.web.model.AddressChangeRequest;
import jp.kikan.residentregistry.web.model.BirthRequest;
import jp.kikan.residentregistry.web.model.CorrectionRequest;
import jp.kikan.residentregistry.web.model.DeathRequest;
import jp.kikan.residentregistry.web.model.HouseholdChangeRequest;
import jp.kikan.residentregistry.web.model.IdoResult;
import jp.kikan.residentregistry.web.model.Idojiyu;
import jp.kikan.residentregistry.web.model.MoveInRequest;
import jp.kikan.residentregistry.web.model.MoveOutConfirmationRequest;
import jp.kikan.residentregistry.web.model.MoveOutRequest;
import jp.kikan.residentregistry.web.model.RemovalRequest;
import jp.kikan.residentregistry.web.model.ResidenceStatusChangeRequest;
import jp.kikan.residentregistry.web.model.RestorationRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/**
 * 届出 and 職権 processes (異動) over HTTP: {@link NotificationRequests} checks each request and calls its process;
 * this answers with the 異動 recorded, a DV-restricted address withheld.
 */
@RestController
class NotificationController implements NotificationsApi {

    private final NotificationRequests requests;
    private final RegistryReader reader;

    NotificationController(NotificationRequests requests, RegistryReader reader) {
        this.requests = requests;
        this.reader = reader;
    }

    @Override
    public ResponseEntity<IdoResult> recordMoveIn(String tenantCode, String idempotencyKey, MoveInRequest request) {
        return created(requests.recordMoveIn(request));
    }

    @Override
    public ResponseEntity<IdoResult> recordExOfficioEntry(
            String tenantCode, String idempotencyKey, MoveInRequest request) {
        return created(requests.recordExOfficioEntry(request));
    }

    @Override
    public ResponseEntity<IdoResult> recordBirth(String tenantCode, String idempotencyKey, BirthRequest request) {
        return created(requests.recordBirth(request));
    }

    @Override
    public ResponseEntity<IdoResult> recordAddressChange(
            String tenantCode, String idempotencyKey, AddressChangeRequest request, @Nullable String ifMatch) {
        return created(requests.recordAddressChange(request, ifMatch));
    }

    @Override
    public ResponseEntity<IdoResult> recordMoveOut(
            String tenantCode, String idempotencyKey, MoveOutRequest request, @Nullable String ifMatch) {
        return created(requests.recordMoveOut(request, ifMatch));
    }

    @Override
    public ResponseEntity<IdoResult> confirmMoveOut(
            String tenantCode, String idempotencyKey, MoveOutConfirmationRequest request) {
        return created(requests.confirmMoveOut(request));
    }

    @Override
    public ResponseEntity<IdoResult> recordDeath(String tenantCode, String idempotencyKey, DeathRequest request) {
        return created(requests.recordDeath(request));
    }

    @Override
    public ResponseEntity<IdoResult> recordHouseholdChange(
            String tenantCode, String idempotencyKey, HouseholdChangeRequest request) {
        return created(requests.recordHouseholdChange(request));
    }

    @Override
    public ResponseEntity<IdoResult> correctResident(
            String tenantCode,
            String atenabango,
            String idempotencyKey,
            CorrectionRequest request,
            @Nullable String ifMatch) {
        return created(requests.correctResident(atenabango, request, ifMatch));
    }

    @Override
    public ResponseEntity<IdoResult> removeResident(
            String tenantCode,
            String atenabango,
            String idempotencyKey,
            RemovalRequest request,
            @Nullable String ifMatch) {
        return created(requests.removeResident(atenabango, request, ifMatch));
    }

    @Override
    public ResponseEntity<IdoResult> restoreResident(
            String tenantCode,
            String atenabango,
            String idempotencyKey,
            RestorationRequest request,
            @Nullable String ifMatch) {
        return created(requests.restoreResident(atenabango, request, ifMatch));
    }

    @Override
    public ResponseEntity<IdoResult> recordResidenceStatusChange(
            String tenantCode, String atenabango, String idempotencyKey, ResidenceStatusChangeRequest request) {
        return created(requests.recordResidenceStatusChange(atenabango, request));
    }

    private ResponseEntity<IdoResult> created(IdoOutcome outcome) {
        Set<String> restricted = reader.restricted(
                outcome.versions().stream().map(ResidentRecord::atenabango).toList());
        IdoResult result = new IdoResult(
                        outcome.idoId(),
                        Idojiyu.fromValue(outcome.reason().code()),
                        outcome.idoYmd(),
                        outcome.versions().stream()
                                .map(r -> ResidentViews.toApi(r, restricted.contains(r.atenabango), null))
                                .toList())
                .todokedeKigenKeika(outcome.late())
                .setaibango(outcome.setaibango());
        return ResponseEntity.status(HttpStatus.CREATED).body(result);
    }
}
