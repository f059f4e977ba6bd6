import { lazy, Suspense } from 'react';
import type { Areas } from '../../api/publicReports';
import type { PublicMapSettings } from '../../api/types';

/** A point drawn on a map: open reports and closed ones look different; the popup links to the report. */
export interface MapPoint {
  latitude: number;
  longitude: number;
  title?: string;
  href?: string;
  open?: boolean;
}

export interface MapProps {
  settings: PublicMapSettings;
  /** Accessible name of the map region. */
  label: string;
  points?: MapPoint[];
  /** Kecamatan/desa outlines drawn under the points. */
  areas?: Areas | null;
  /** The chosen point (location picker) or the case's point (officers' view). */
  pick?: { latitude: number; longitude: number } | null;
  /** Given: a tap on the map or a dragged pin chooses the point. */
  onPick?: (latitude: number, longitude: number) => void;
  /** Zoom to the points once they arrive. */
  fitPoints?: boolean;
}

const LeafletMap = lazy(() => import('./LeafletMap'));

/**
 * A map, loaded on demand: Leaflet and its styles are a chunk of their own, so the portal's first load stays
 * small and a page shows its text before the map arrives. The tiles come from the regency's tile source.
 */
export function MapView(props: MapProps) {
  return (
    <Suspense fallback={<div className="map map--loading" aria-hidden="true" />}>
      <LeafletMap {...props} />
    </Suspense>
  );
}

/** Asks the map inside `container` to place the pin at its centre (the keyboard way to choose a point). */
export function pickMapCentre(container: HTMLElement | null): void {
  container?.querySelector('[data-testid="map"]')?.dispatchEvent(new Event('balai:pick-centre'));
}

/** OpenStreetMap over Indonesia: what a regency's file gives when it says nothing (TenantDefinition.PublicMap). */
export const DEFAULT_MAP: PublicMapSettings = {
  tiles: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  attribution: '© kontributor OpenStreetMap',
  maxZoom: 19,
  latitude: -2.5,
  longitude: 118,
  zoom: 5,
};

/** The regency's map settings, or the defaults. */
export function mapSettings(tenant: { map?: PublicMapSettings }): PublicMapSettings {
  return tenant.map ?? DEFAULT_MAP;
}
