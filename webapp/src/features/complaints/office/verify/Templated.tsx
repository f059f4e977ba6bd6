import { useState, type ReactNode } from 'react';
import type { TemplatePurpose } from '../api';
import { TemplatePicker } from './TemplatePicker';

/**
 * A form that can start from a response template: {@code children} renders it with the picked text (undefined until
 * one is picked) and a key that changes with each pick, so that the form takes the new text as its start.
 */
export function Templated({
  slug,
  complaintId,
  purpose,
  unitName,
  children,
}: {
  slug: string;
  complaintId: string;
  purpose: TemplatePurpose;
  unitName: (code: string) => string;
  children: (text: string | undefined, key: number) => ReactNode;
}) {
  const [picked, setPicked] = useState<{ text: string; n: number } | null>(null);
  return (
    <div>
      <TemplatePicker
        slug={slug}
        complaintId={complaintId}
        purpose={purpose}
        unitName={unitName}
        onPick={(text) => setPicked((p) => ({ text, n: (p?.n ?? 0) + 1 }))}
      />
      {children(picked?.text, picked?.n ?? 0)}
    </div>
  );
}
