import { officerApi } from '../session';
import type { OfficerComplaint } from '../api';

const base = (slug: string) => `/api/t/${encodeURIComponent(slug)}/officer`;

/** A correction of a report; an absent field stays as it is (issue 17 item 2). */
export interface Correction {
  type?: string;
  category?: string;
  title?: string;
  tags?: string[];
  priority?: string;
}

export function correct(slug: string, id: string, c: Correction): Promise<OfficerComplaint> {
  return officerApi<OfficerComplaint>(`${base(slug)}/complaints/${encodeURIComponent(id)}/correction`, {
    method: 'POST',
    body: c,
  });
}

/** A likely duplicate: score and similarity 0..1, the distance in metres when both reports have a point. */
export interface Duplicate {
  id: string;
  trackingNumber: string;
  title: string;
  status: string;
  receivedOn: string;
  score: number;
  similarity: number;
  metres: number | null;
  reasons: string[];
}

export function duplicates(slug: string, id: string, signal?: AbortSignal): Promise<Duplicate[]> {
  return officerApi<Duplicate[]>(`${base(slug)}/complaints/${encodeURIComponent(id)}/duplicates`, { signal });
}

export type TemplatePurpose = 'ANSWER' | 'RESPONSE' | 'CLARIFICATION';

export interface ResponseTemplate {
  id: string;
  /** The agency whose template it is; null for a regency-wide one. */
  orgUnit: string | null;
  purpose: TemplatePurpose;
  name: string;
  body: string;
}

export function listTemplates(slug: string, signal?: AbortSignal): Promise<ResponseTemplate[]> {
  return officerApi<ResponseTemplate[]>(`${base(slug)}/response-templates`, { signal });
}

/** A template as the regency administrator or an agency operator writes it (an operator's is always its agency's). */
export interface TemplateInput {
  orgUnit: string | null;
  purpose: TemplatePurpose;
  name: string;
  body: string;
}

export function createTemplate(slug: string, t: TemplateInput): Promise<ResponseTemplate> {
  return officerApi<ResponseTemplate>(`${base(slug)}/response-templates`, { method: 'POST', body: t });
}

export function updateTemplate(slug: string, id: string, t: TemplateInput): Promise<ResponseTemplate> {
  return officerApi<ResponseTemplate>(`${base(slug)}/response-templates/${encodeURIComponent(id)}`, {
    method: 'PUT',
    body: t,
  });
}

export function deleteTemplate(slug: string, id: string): Promise<void> {
  return officerApi<void>(`${base(slug)}/response-templates/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

/** The template's text with the case's values in its placeholders. */
export function fillTemplate(slug: string, template: string, complaint: string): Promise<{ text: string }> {
  return officerApi<{ text: string }>(`${base(slug)}/response-templates/${encodeURIComponent(template)}/filled`, {
    query: { complaint },
  });
}
