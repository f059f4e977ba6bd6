import { useRef, useState } from 'react';
import { TextField, type FieldErrors } from '../../../app/fields';
import { mapSettings, MapView, pickMapCentre } from '../../../app/map/MapView';
import { useI18n } from '../../../i18n';
import { useTenant } from '../../portal/TenantContext';

/**
 * The optional point of a report: a tap on the map, a dragged pin, the phone's location, or (for keyboards and
 * screen readers) the map's centre after panning with the arrow keys. The numbers can still be typed. The point is
 * kept as the two text fields the form already sends.
 */
export function LocationPicker({ latitude, longitude, onChange, errors }: {
  latitude: string;
  longitude: string;
  onChange: (latitude: string, longitude: string) => void;
  errors: FieldErrors;
}) {
  const { t } = useI18n();
  const f = t.citizen.form;
  const tenant = useTenant();
  const box = useRef<HTMLDivElement>(null);
  const [locating, setLocating] = useState(false);
  const [failed, setFailed] = useState(false);
  const lat = Number.parseFloat(latitude);
  const lon = Number.parseFloat(longitude);
  const pick = Number.isFinite(lat) && Number.isFinite(lon) ? { latitude: lat, longitude: lon } : null;
  const typedError = errors.latitude ?? errors.longitude;

  const useMyLocation = () => {
    setFailed(false);
    if (!navigator.geolocation) {
      setFailed(true);
      return;
    }
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setLocating(false);
        onChange(pos.coords.latitude.toFixed(6), pos.coords.longitude.toFixed(6));
      },
      () => {
        setLocating(false);
        setFailed(true);
      },
      { timeout: 15000 },
    );
  };

  return (
    <fieldset className="fieldset location-picker">
      <legend>{f.coordinates}</legend>
      <p className="field__hint" id="map-hint">
        {f.mapHint}
      </p>
      <div ref={box}>
        <MapView
          settings={mapSettings(tenant)}
          label={f.mapLabel}
          pick={pick}
          onPick={(la, lo) => onChange(la.toFixed(6), lo.toFixed(6))}
        />
      </div>
      <p aria-live="polite" className="muted" data-testid="pin-status">
        {pick ? f.pinAt(pick.latitude.toFixed(6), pick.longitude.toFixed(6)) : f.noPin}
      </p>
      {failed && (
        <p className="field__error" role="alert">
          {f.locationFailed}
        </p>
      )}
      <div className="actions">
        <button type="button" className="button button--secondary" onClick={useMyLocation} disabled={locating}>
          {locating ? f.locating : f.useMyLocation}
        </button>
        <button type="button" className="button button--secondary" onClick={() => pickMapCentre(box.current)}>
          {f.pinCentre}
        </button>
        {pick && (
          <button type="button" className="button button--secondary" onClick={() => onChange('', '')}>
            {f.clearPin}
          </button>
        )}
      </div>
      <details className="location-picker__typed" open={Boolean(typedError)}>
        <summary>{f.typeCoordinates}</summary>
        <div className="field-row">
          <TextField id="latitude" label={f.latitude} inputMode="decimal" value={latitude} onChange={(v) => onChange(v, longitude)} error={errors.latitude} />
          <TextField id="longitude" label={f.longitude} inputMode="decimal" value={longitude} onChange={(v) => onChange(latitude, v)} error={errors.longitude} />
        </div>
      </details>
    </fieldset>
  );
}
