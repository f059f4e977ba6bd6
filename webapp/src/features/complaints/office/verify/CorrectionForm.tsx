import { useState, type FormEvent } from 'react';
import type { ComplaintCategory } from '../../../../api/types';
import { useErrorText } from '../../../../app/ErrorPanel';
import { fieldErrorsOf, FormError, SelectField, TextField, type FieldErrors } from '../../../../app/fields';
import { useI18n } from '../../../../i18n';
import { useVerifyText } from '../../../../i18n/verify';
import type { Correction } from '../api';

const TYPES = ['COMPLAINT', 'QUESTION', 'SUGGESTION', 'CRITICISM', 'STATEMENT'];
const PRIORITIES = ['LOW', 'NORMAL', 'HIGH', 'URGENT'];

/** What the form starts from: the case as it stands. */
export interface CorrectionStart {
  type: string;
  category: string | null;
  /** The reporter's own title. */
  title: string;
  working?: { title: string; titleCorrected: boolean; tags: string[]; priority: string } | null;
}

/**
 * The central administrator corrects type, category, working title, tags and priority (issue 17 item 2). Only what
 * changed is sent; the reporter's title is named in the hint and never overwritten.
 */
export function CorrectionForm({
  start,
  categories,
  onSubmit,
}: {
  start: CorrectionStart;
  categories: ComplaintCategory[];
  onSubmit: (c: Correction) => Promise<void>;
}) {
  const { t, lang } = useI18n();
  const v = useVerifyText().correction;
  const errorText = useErrorText();
  const initialTitle = start.working?.titleCorrected ? start.working.title : '';
  const initialTags = (start.working?.tags ?? []).join(', ');
  const initialPriority = start.working?.priority ?? 'NORMAL';
  const [type, setType] = useState(start.type);
  const [category, setCategory] = useState(start.category ?? '');
  const [title, setTitle] = useState(initialTitle);
  const [tags, setTags] = useState(initialTags);
  const [priority, setPriority] = useState(initialPriority);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const c: Correction = {};
    if (type !== start.type) c.type = type;
    if (category && category !== start.category) c.category = category;
    if (title.trim() !== initialTitle) c.title = title.trim();
    if (tags !== initialTags) c.tags = tags.split(',').map((x) => x.trim()).filter(Boolean);
    if (priority !== initialPriority) c.priority = priority;
    setBusy(true);
    setErrors({});
    try {
      await onSubmit(c);
    } catch (error) {
      setErrors(fieldErrorsOf(error, ['type', 'category', 'title', 'tags', 'priority'], errorText));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="form" noValidate onSubmit={submit} aria-busy={busy} aria-label={v.heading}>
      <p className="field__hint">{v.intro}</p>
      <FormError message={errors['']} />
      <SelectField
        id="correction-type"
        label={v.type}
        value={type}
        onChange={setType}
        error={errors.type}
        options={TYPES.map((x) => ({ value: x, label: t.citizen.types[x] ?? x }))}
      />
      <SelectField
        id="correction-category"
        label={v.category}
        value={category}
        onChange={setCategory}
        error={errors.category}
        options={[
          ...(start.category ? [] : [{ value: '', label: v.noCategory }]),
          ...categories.map((k) => ({ value: k.code, label: lang === 'en' ? k.nameEn : k.name })),
        ]}
      />
      <TextField id="correction-title" label={v.title} hint={v.titleHint(start.title)} value={title} onChange={setTitle} error={errors.title} maxLength={200} />
      <TextField id="correction-tags" label={v.tags} hint={v.tagsHint} value={tags} onChange={setTags} error={errors.tags} />
      <SelectField
        id="correction-priority"
        label={v.priority}
        value={priority}
        onChange={setPriority}
        error={errors.priority}
        options={PRIORITIES.map((x) => ({ value: x, label: v.priorities[x] ?? x }))}
      />
      <button type="submit" className="button button--secondary" disabled={busy}>
        {v.submit}
      </button>
    </form>
  );
}
