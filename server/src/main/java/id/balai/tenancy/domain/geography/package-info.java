/**
 * Where a regency's districts and villages lie: the optional {@code tenants/<slug>/boundaries.geojson}, its rules,
 * and the answer to "which kecamatan and desa/kelurahan hold this point" (JTS geometries in a spatial index).
 *
 * <p>Inside {@code tenancy} rather than a context of its own, because the boundaries are part of a regency's
 * definition: each feature names one of the definition's own units (a DISTRICT, VILLAGE or WARD), the file comes in
 * the regency's folder, it is checked by the one check of a definition on every path that carries it, and it
 * travels with the regency. A context of its own would have to read the unit tree from {@code tenancy} while
 * {@code tenancy}'s check reads its rules: a cycle. Pure Java and JTS here, no framework.
 */
package id.balai.tenancy.domain.geography;
