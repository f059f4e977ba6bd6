import { createContext, useContext } from 'react';
import type { Tenant } from '../../api/types';

const TenantContext = createContext<Tenant | null>(null);

export const TenantProvider = TenantContext.Provider;

/** The regency whose portal (or workspace) is shown; loaded once per slug by TenantRoute. */
export function useTenant(): Tenant {
  const tenant = useContext(TenantContext);
  if (!tenant) throw new Error('useTenant must be used inside a TenantRoute');
  return tenant;
}
