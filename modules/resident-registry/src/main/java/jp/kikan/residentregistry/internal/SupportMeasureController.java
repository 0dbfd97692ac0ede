package jp.kikan.residentregistry.internal;

import java.util.List;
import jp.kikan.residentregistry.web.api.SupportMeasuresApi;
import jp.kikan.residentregistry.web.model.SupportMeasureRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/**
 * DV等支援措置 over HTTP: {@link SupportMeasureApplications} records and lists them; this shows them in the contract's
 * shape.
 */
@RestController
class SupportMeasureController implements SupportMeasuresApi {

    private final SupportMeasureApplications applications;

    SupportMeasureController(SupportMeasureApplications applications) {
        this.applications = applications;
    }

    @Override
    public ResponseEntity<List<jp.kikan.residentregistry.web.model.SupportMeasure>> listSupportMeasures(
            String tenantCode, String atenabango) {
        return ResponseEntity.ok(applications.ofPerson(atenabango).stream()
                .map(SupportMeasureController::toApi)
                .toList());
    }

    @Override
    public ResponseEntity<jp.kikan.residentregistry.web.model.SupportMeasure> startSupportMeasure(
            String tenantCode, String atenabango, String idempotencyKey, SupportMeasureRequest request) {
        SupportMeasureApplications.Named started = applications.start(
                atenabango,
                request.getKubun().getValue(),
                request.getKaishiYmd(),
                request.getShuryoYmd(),
                request.getAwaseteShienAtenabango());
        return ResponseEntity.status(HttpStatus.CREATED).body(toApi(started));
    }

    private static jp.kikan.residentregistry.web.model.SupportMeasure toApi(SupportMeasureApplications.Named n) {
        SupportMeasure m = n.measure();
        jp.kikan.residentregistry.web.model.SupportMeasure out = new jp.kikan.residentregistry.web.model.SupportMeasure(
                m.id,
                m.atenabango,
                jp.kikan.residentregistry.web.model.SupportMeasure.KubunEnum.fromValue(m.kubun),
                m.kaishiYmd,
                n.inForce(),
                n.accompanying());
        out.shuryoYmd(m.shuryoYmd);
        return out;
    }
}
