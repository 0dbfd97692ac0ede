package jp.kikan.residentregistry.internal;

import jp.kikan.residentregistry.web.api.CertificatesApi;
import jp.kikan.residentregistry.web.model.CertificateItems;
import jp.kikan.residentregistry.web.model.CertificateRequest;
import jp.kikan.residentregistry.web.model.CertificateRequest.ShuruiEnum;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/**
 * 住民票の写し and 住民票記載事項証明書 as PDF over HTTP: the request becomes a {@link CertificateOrder} that
 * {@link Certificates} checks, prints and audits.
 */
@RestController
class CertificateController implements CertificatesApi {

    private final Certificates certificates;

    CertificateController(Certificates certificates) {
        this.certificates = certificates;
    }

    @Override
    public ResponseEntity<Resource> issueCertificate(
            String tenantCode, String idempotencyKey, CertificateRequest request) {
        Certificates.Issued issued = certificates.issue(new CertificateOrder(
                request.getShurui() == ShuruiEnum.KISAI_JIKO_SHOMEISHO,
                request.getAtenabango(),
                CertificateOrder.Requester.byCode(request.getSeikyushaKubun().getValue()),
                request.getSeikyuJiyu(),
                items(request.getKisai())));
        return pdf(issued);
    }

    static CertificateOrder.Items items(@Nullable CertificateItems in) {
        if (in == null) {
            return CertificateOrder.Items.NONE;
        }
        return new CertificateOrder.Items(
                on(in.getZokugara()),
                on(in.getHonseki()),
                on(in.getJuminhyocode()),
                on(in.getKojinbango()),
                on(in.getZairyu()),
                on(in.getTennyumaeJusho()));
    }

    /** The PDF, shown in the browser (inline) under its certificate number. */
    static ResponseEntity<Resource> pdf(Certificates.Issued issued) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("juminhyo-" + issued.certificateNumber() + ".pdf")
                                .build()
                                .toString())
                .body(new ByteArrayResource(issued.pdf()));
    }

    private static boolean on(@Nullable Boolean flag) {
        return Boolean.TRUE.equals(flag);
    }
}
