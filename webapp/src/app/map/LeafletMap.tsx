import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef } from 'react';
import type { PublicMapSettings } from '../../api/types';
import type { MapProps } from './MapView';
import './map.css';

/**
 * The map itself, drawn by Leaflet in a chunk of its own (loaded only on pages that show a map). Markers are
 * drawn as vector circles and a styled pin (no marker images: nothing to load besides the tiles); popups are built
 * from DOM nodes with text content, never from HTML strings, since titles come from reports.
 */
export default function LeafletMap({ settings, points = [], areas, pick, onPick, label, fitPoints = false }: MapProps) {
  const holder = useRef<HTMLDivElement>(null);
  const mapRef = useRef<L.Map | null>(null);
  const pointLayer = useRef<L.LayerGroup | null>(null);
  const areaLayer = useRef<L.GeoJSON | null>(null);
  const pin = useRef<L.Marker | null>(null);
  const onPickRef = useRef(onPick);
  onPickRef.current = onPick;

  useEffect(() => {
    const map = L.map(holder.current!, {
      center: [settings.latitude, settings.longitude],
      zoom: settings.zoom,
      maxZoom: settings.maxZoom,
      attributionControl: true,
    });
    map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    tileLayer(settings).addTo(map);
    pointLayer.current = L.layerGroup().addTo(map);
    mapRef.current = map;
    if (onPickRef.current) {
      map.on('click', (e: L.LeafletMouseEvent) => onPickRef.current?.(round(e.latlng.lat), round(e.latlng.lng)));
    }
    return () => {
      map.remove();
      mapRef.current = null;
      pin.current = null;
    };
  }, [settings]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    areaLayer.current?.remove();
    areaLayer.current = null;
    if (areas && areas.features.length > 0) {
      // The API document describes a geometry as a free object; the server sends GeoJSON (RFC 7946).
      areaLayer.current = L.geoJSON(areas as unknown as GeoJSON.FeatureCollection, {
        style: (f) => ({ className: f?.properties?.kind === 'DISTRICT' ? 'map-area map-area--district' : 'map-area', interactive: false }),
        interactive: false,
      }).addTo(map);
      areaLayer.current.bringToBack();
    }
  }, [areas]);

  useEffect(() => {
    const layer = pointLayer.current;
    const map = mapRef.current;
    if (!layer || !map) return;
    layer.clearLayers();
    for (const p of points) {
      const marker = L.circleMarker([p.latitude, p.longitude], {
        radius: 8,
        className: p.open ? 'map-point map-point--open' : 'map-point map-point--closed',
      });
      if (p.href || p.title) marker.bindPopup(() => popup(p.title, p.href));
      marker.addTo(layer);
    }
    if (fitPoints && points.length > 0) {
      map.fitBounds(L.latLngBounds(points.map((p) => [p.latitude, p.longitude] as [number, number])), { maxZoom: 15, padding: [24, 24] });
    }
  }, [points, fitPoints]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    if (!pick) {
      pin.current?.remove();
      pin.current = null;
      return;
    }
    const at: L.LatLngExpression = [pick.latitude, pick.longitude];
    if (!pin.current) {
      pin.current = L.marker(at, {
        icon: L.divIcon({ className: 'map-pin', iconSize: [28, 28], iconAnchor: [14, 14] }),
        draggable: Boolean(onPickRef.current),
        keyboard: false,
        interactive: Boolean(onPickRef.current),
      }).addTo(map);
      pin.current.on('dragend', () => {
        const ll = pin.current!.getLatLng();
        onPickRef.current?.(round(ll.lat), round(ll.lng));
      });
    } else {
      pin.current.setLatLng(at);
    }
    if (!map.getBounds().contains(at)) map.setView(at, Math.max(map.getZoom(), 15));
  }, [pick]);

  // The "place the pin at the map's centre" button reaches this map through the holder's element.
  useEffect(() => {
    const el = holder.current;
    if (!el) return;
    const handler = () => {
      const c = mapRef.current?.getCenter();
      if (c) onPickRef.current?.(round(c.lat), round(c.lng));
    };
    el.addEventListener('balai:pick-centre', handler);
    return () => el.removeEventListener('balai:pick-centre', handler);
  }, []);

  return <div ref={holder} className="map" role="region" aria-label={label} data-testid="map" />;
}

function tileLayer(settings: PublicMapSettings): L.TileLayer {
  return L.tileLayer(settings.tiles, { maxZoom: settings.maxZoom, attribution: escapeText(settings.attribution) });
}

function popup(title: string | undefined, href: string | undefined): HTMLElement {
  const box = document.createElement('div');
  if (href) {
    const a = document.createElement('a');
    a.href = href;
    a.textContent = title || href;
    box.append(a);
  } else {
    box.textContent = title ?? '';
  }
  return box;
}

/** Leaflet writes the attribution as HTML: the regency's credit is text. */
function escapeText(text: string): string {
  const span = document.createElement('span');
  span.textContent = text;
  return span.innerHTML;
}

/** Six decimals (about 10 cm): what the form sends and the server keeps. */
function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
