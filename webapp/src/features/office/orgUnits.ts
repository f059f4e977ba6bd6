import type { OrgUnit } from '../../api/types';

/** Every unit of the tenant's tree, flat, for choosing agencies. */
export function flatUnits(units: OrgUnit[]): OrgUnit[] {
  return units.flatMap((u) => [u, ...flatUnits(u.children ?? [])]);
}
