import { useState } from 'react';
import { useErrorText } from '../../../../app/ErrorPanel';
import { FormError, SelectField } from '../../../../app/fields';
import { useAsync } from '../../../../app/useAsync';
import { useVerifyText } from '../../../../i18n/verify';
import { fillTemplate, listTemplates, type TemplatePurpose } from '../api';

/**
 * Starts an answer, a response or a clarification request from a response template (issue 17 item 5): the chosen
 * template comes back filled from the case, and {@code onPick} puts the text in the form, still to be edited.
 */
export function TemplatePicker({
  slug,
  complaintId,
  purpose,
  unitName,
  onPick,
}: {
  slug: string;
  complaintId: string;
  purpose: TemplatePurpose;
  unitName: (code: string) => string;
  onPick: (text: string) => void;
}) {
  const v = useVerifyText().templates;
  const errorText = useErrorText();
  const { state } = useAsync((signal) => listTemplates(slug, signal), `templates-${slug}`);
  const [chosen, setChosen] = useState('');
  const [error, setError] = useState<string | undefined>();
  const options = state.status === 'ok' ? state.data.filter((x) => x.purpose === purpose) : [];
  if (options.length === 0) return null;
  const id = `template-${purpose}`;
  return (
    <div className="template-picker">
      <FormError message={error} />
      <SelectField
        id={id}
        label={v.pick}
        value={chosen}
        onChange={setChosen}
        options={[
          { value: '', label: v.none },
          ...options.map((x) => ({ value: x.id, label: `${x.name} (${x.orgUnit ? unitName(x.orgUnit) : v.regency})` })),
        ]}
      />
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={!chosen}
        onClick={() => {
          setError(undefined);
          fillTemplate(slug, chosen, complaintId).then((f) => onPick(f.text), (e: unknown) => setError(errorText(e)));
        }}
      >
        {v.use}
      </button>
    </div>
  );
}
