import { useLayoutEffect } from 'react';
import { accessiblePrimary } from './contrast';

/** Sets the `--brand` CSS variable on <html> while the calling page is shown. */
export function useBrandColor(color: string | null | undefined): void {
  const value = accessiblePrimary(color);
  useLayoutEffect(() => {
    const root = document.documentElement;
    root.style.setProperty('--brand', value);
    return () => {
      root.style.removeProperty('--brand');
    };
  }, [value]);
}
