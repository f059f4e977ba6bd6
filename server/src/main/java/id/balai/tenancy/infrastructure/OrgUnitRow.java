package id.balai.tenancy.infrastructure;

import java.io.Serializable;

import id.balai.tenancy.domain.OrgUnitKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** An org unit as stored (read side); the tenant file, through {@link TenantStore}, writes it. */
@Entity
@Table(name = "org_unit")
@IdClass(OrgUnitRow.Key.class)
public class OrgUnitRow {

    /** The primary key: the tenant first, always. */
    public record Key(String tenantId, String code) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "tenant_id")
    private String tenantId;
    @Id
    private String code;
    @Column(name = "parent_code")
    private String parentCode;
    private String name;
    @Column(name = "name_en")
    private String nameEn;
    @Enumerated(EnumType.STRING)
    private OrgUnitKind kind;
    @Column(name = "hosts_spikm")
    private boolean hostsSpikm;
    @Column(name = "hosts_ppid_utama")
    private boolean hostsPpidUtama;
    @Column(name = "ppid_pembantu")
    private boolean ppidPembantu;
    private boolean active;
    private int position;

    protected OrgUnitRow() {
    }

    public String tenantId() {
        return tenantId;
    }

    public String code() {
        return code;
    }

    public String parentCode() {
        return parentCode;
    }

    public String name() {
        return name;
    }

    public String nameEn() {
        return nameEn;
    }

    public OrgUnitKind kind() {
        return kind;
    }

    public boolean hostsSpikm() {
        return hostsSpikm;
    }

    public boolean hostsPpidUtama() {
        return hostsPpidUtama;
    }

    public boolean ppidPembantu() {
        return ppidPembantu;
    }

    public boolean active() {
        return active;
    }

    public int position() {
        return position;
    }
}
