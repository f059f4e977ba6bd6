package id.balai.tenancy.domain;

import java.util.List;

/**
 * The kept versions of a regency's definition: every change (a tenant file at start, onboarding, the operator's
 * replacement, an admin's edit of units or categories) is a new version with its author, its way, its digest and a
 * short summary of what changed ({@link DefinitionDiff}).
 */
public final class DefinitionVersions {
    private DefinitionVersions() {
    }

    /** How a version came to be. */
    public enum Way {
        FILE, ONBOARDING, REPLACEMENT, ADMIN_EDIT
    }

    /** Who wrote a version: an account id (or {@code file:<path>}) and the roles held. */
    public record Author(String by, String roles) {
    }

    /**
     * The definition a tenant runs on now, as stored.
     *
     * @param fromFile   true for a regency defined by a tenant file
     * @param fileSha256 the digest of the file last applied (file-based regencies only)
     * @param version    the number of the version in force
     */
    public record Current(TenantDefinition definition, String json, String sha256, boolean fromFile,
            String fileSha256, int version) {
    }

    /** One kept version, without the definition itself. */
    public record Version(int version, String at, String by, String roles, String way, String sha256,
            List<String> changes) {
    }
}
