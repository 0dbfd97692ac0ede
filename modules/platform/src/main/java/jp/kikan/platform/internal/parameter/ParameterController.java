package jp.kikan.platform.internal.parameter;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.kikan.platform.Business;
import jp.kikan.platform.audit.AuditEntry;
import jp.kikan.platform.audit.AuditLog;
import jp.kikan.platform.http.EntityTags;
import jp.kikan.platform.parameter.LegalParameter;
import jp.kikan.platform.parameter.LegalParameters;
import jp.kikan.platform.parameter.ResolvedParameter;
import jp.kikan.platform.problem.InvalidParam;
import jp.kikan.platform.problem.ProblemException;
import jp.kikan.platform.validation.InvalidValueException;
import jp.kikan.platform.web.api.ParametersApi;
import jp.kikan.platform.web.model.ParameterOverride;
import jp.kikan.platform.web.model.ParameterOverrideRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dated legal parameters with their sources, and the municipality's ordinance values for the parameters
 * the law leaves to it. Writes are audited; updates need If-Match.
 */
@RestController
class ParameterController implements ParametersApi {

    private final LegalParameters parameters;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;

    ParameterController(LegalParameters parameters, JdbcTemplate jdbc, AuditLog audit) {
        this.parameters = parameters;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    public ResponseEntity<jp.kikan.platform.web.model.ResolvedParameter> getLegalParameter(
            String tenantCode, String module, String key, LocalDate date) {
        LegalParameter definition = requireDefinition(module, key);
        ResolvedParameter resolved;
        try {
            resolved = parameters.resolve(tenantCode, module, key, date);
        } catch (InvalidValueException e) {
            throw new ProblemException(404, e.code(), e.reason(), List.of(InvalidParam.of("date", e)));
        }
        return ResponseEntity.ok(new jp.kikan.platform.web.model.ResolvedParameter(
                        module,
                        key,
                        date,
                        String.valueOf(resolved.value()),
                        resolved.effectiveFrom(),
                        resolved.source(),
                        resolved.tenantOverride())
                .type(definition.type().yamlName()));
    }

    @Override
    @Transactional(readOnly = true)
    public ResponseEntity<List<ParameterOverride>> listParameterOverrides(String tenantCode) {
        return ResponseEntity.ok(jdbc.query(
                "SELECT * FROM platform.parameter_override ORDER BY module, parameter_key, effective_from",
                (rs, i) -> toApi(rs)));
    }

    @Override
    @Transactional
    public ResponseEntity<ParameterOverride> createParameterOverride(
            String tenantCode, String idempotencyKey, ParameterOverrideRequest request) {
        validate(request);
        UUID id = UUID.randomUUID();
        try {
            jdbc.update(
                    "INSERT INTO platform.parameter_override (id, tenant_code, module, parameter_key, effective_from, value, source) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    id,
                    tenantCode,
                    request.getModule(),
                    request.getKey(),
                    java.sql.Date.valueOf(request.getEffectiveFrom()),
                    request.getValue(),
                    request.getSource());
        } catch (DuplicateKeyException e) {
            throw ProblemException.conflict("conflict", "同じ法定パラメータに同じ施行日の値がすでに登録されています。更新（PUT）してください。");
        }
        audit.record(new AuditEntry(
                Business.PLATFORM,
                "条例で定める法定パラメータの登録",
                null,
                "CREATE",
                AuditEntry.Outcome.SUCCESS,
                request.getModule() + "/" + request.getKey()));
        ParameterOverride created = find(id);
        return ResponseEntity.created(
                        URI.create("/api/platform/v1/tenants/" + tenantCode + "/parameter-overrides/" + id))
                .eTag(EntityTags.of(created.getVersion()))
                .body(created);
    }

    @Override
    @Transactional(readOnly = true)
    public ResponseEntity<ParameterOverride> getParameterOverride(String tenantCode, UUID overrideId) {
        ParameterOverride found = find(overrideId);
        return ResponseEntity.ok().eTag(EntityTags.of(found.getVersion())).body(found);
    }

    @Override
    @Transactional
    public ResponseEntity<ParameterOverride> updateParameterOverride(
            String tenantCode, UUID overrideId, ParameterOverrideRequest request, @Nullable String ifMatch) {
        ParameterOverride current = find(overrideId);
        EntityTags.requireMatch(ifMatch, current.getVersion());
        validate(request);
        int updated = jdbc.update(
                "UPDATE platform.parameter_override SET module = ?, parameter_key = ?, effective_from = ?, value = ?, "
                        + "source = ?, version = version + 1, updated_at = now() WHERE id = ? AND version = ?",
                request.getModule(),
                request.getKey(),
                java.sql.Date.valueOf(request.getEffectiveFrom()),
                request.getValue(),
                request.getSource(),
                overrideId,
                current.getVersion());
        if (updated == 0) {
            throw EntityTags.preconditionFailed(); // a concurrent update won the race
        }
        audit.record(new AuditEntry(
                Business.PLATFORM,
                "条例で定める法定パラメータの更新",
                null,
                "UPDATE",
                AuditEntry.Outcome.SUCCESS,
                request.getModule() + "/" + request.getKey()));
        ParameterOverride result = find(overrideId);
        return ResponseEntity.ok().eTag(EntityTags.of(result.getVersion())).body(result);
    }

    private LegalParameter requireDefinition(String module, String key) {
        return parameters
                .definition(module, key)
                .orElseThrow(() -> ProblemException.notFound("法定パラメータ「" + module + "/" + key + "」はありません。"));
    }

    private void validate(ParameterOverrideRequest request) {
        LegalParameter definition = parameters
                .definition(request.getModule(), request.getKey())
                .orElseThrow(() -> ProblemException.invalid(
                        "法定パラメータ「" + request.getModule() + "/" + request.getKey() + "」はありません。",
                        new InvalidParam("key", "unknown", "存在しない法定パラメータです。")));
        if (!definition.tenantOverridable()) {
            throw ProblemException.unprocessable(
                    "parameter-not-overridable",
                    "法定パラメータ「" + definition.key() + "」は法令で定める値であり、条例で変更できません。",
                    new InvalidParam("key", "not-overridable", "条例で定めることのできない法定パラメータです。"));
        }
        try {
            definition.type().convert(request.getValue());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(
                    "値「" + request.getValue() + "」は型（" + definition.type().yamlName() + "）に合いません。",
                    new InvalidParam("value", "type", "型（" + definition.type().yamlName() + "）に合いません。"));
        }
    }

    private ParameterOverride find(UUID id) {
        return jdbc.query("SELECT * FROM platform.parameter_override WHERE id = ?", (rs, i) -> toApi(rs), id).stream()
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("指定された上書き値はありません。"));
    }

    private static ParameterOverride toApi(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ParameterOverride(
                rs.getObject("id", UUID.class),
                rs.getString("module"),
                rs.getString("parameter_key"),
                rs.getDate("effective_from").toLocalDate(),
                rs.getString("value"),
                rs.getString("source"),
                rs.getLong("version"));
    }
}
