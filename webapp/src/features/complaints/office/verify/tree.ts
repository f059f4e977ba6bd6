import type { OrgUnit } from '../../../../api/types';

/** A unit as the dispatch tree shows it. */
export interface TreeUnit {
  code: string;
  name: string;
}

/** A kecamatan with its desa and kelurahan. */
export interface TreeDistrict extends TreeUnit {
  villages: TreeUnit[];
}

/** The tenant's units for dispatch, grouped: agencies (and secretariats); kecamatan, each with its villages. */
export interface DispatchTreeData {
  agencies: TreeUnit[];
  districts: TreeDistrict[];
}

const VILLAGE_KINDS = ['VILLAGE', 'WARD'];

function named(u: OrgUnit, lang: string): TreeUnit {
  return { code: u.code, name: lang === 'en' && u.nameEn ? u.nameEn : u.name };
}

/** Groups the tenant's tree of units; a unit of any other kind counts among the agencies. */
export function dispatchTree(units: OrgUnit[], lang: string): DispatchTreeData {
  const agencies: TreeUnit[] = [];
  const districts: TreeDistrict[] = [];
  const walk = (list: OrgUnit[]) => {
    for (const u of list) {
      if (u.kind === 'DISTRICT') {
        districts.push({
          ...named(u, lang),
          villages: (u.children ?? []).filter((v) => VILLAGE_KINDS.includes(v.kind)).map((v) => named(v, lang)),
        });
        walk((u.children ?? []).filter((v) => !VILLAGE_KINDS.includes(v.kind)));
      } else if (!VILLAGE_KINDS.includes(u.kind)) {
        agencies.push(named(u, lang));
        walk(u.children ?? []);
      }
    }
  };
  walk(units);
  return { agencies, districts };
}

const fold = (s: string) => s.toLocaleLowerCase('id').normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/**
 * The tree narrowed to what matches {@code query} (by name or code, ignoring case): a kecamatan stays with all its
 * villages when it matches, or with the villages that match.
 */
export function filterTree(tree: DispatchTreeData, query: string): DispatchTreeData {
  const q = fold(query.trim());
  if (!q) return tree;
  const hit = (u: TreeUnit) => fold(u.name).includes(q) || fold(u.code).includes(q);
  return {
    agencies: tree.agencies.filter(hit),
    districts: tree.districts.flatMap((d) => {
      if (hit(d)) return [d];
      const villages = d.villages.filter(hit);
      return villages.length ? [{ ...d, villages }] : [];
    }),
  };
}
