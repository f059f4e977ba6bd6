package id.balai.complaints.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.balai.complaints.domain.ResponseTemplate;
import id.balai.platform.domain.TenantId;

/**
 * The port to the regency's and agencies' response templates. The adapter is
 * {@code complaints.infrastructure.ResponseTemplateRepository}.
 */
public interface TemplateRecords {

    /** Regency-wide templates and, when {@code unit} is given, that agency's; all of them without. */
    List<ResponseTemplate> list(TenantId tenant, Optional<String> unit);

    Optional<ResponseTemplate> find(TenantId tenant, UUID id);

    /** Whether another template of the same owner and purpose already has this name. */
    boolean nameTaken(TenantId tenant, Optional<String> unit, ResponseTemplate.Purpose purpose, String name,
            UUID except);

    void upsert(ResponseTemplate t);

    void delete(TenantId tenant, UUID id);
}
