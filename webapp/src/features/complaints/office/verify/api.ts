import { officerApi } from '../../../identity/office/session';
import type {
  Correction,
  Duplicate,
  FilledTemplate,
  OfficerComplaint,
  ResponseTemplate,
  TemplateInput,
} from '../../../../api/schema';

export type { Correction, Duplicate, ResponseTemplate, TemplateInput };

const base = (slug: string) => `/api/t/${encodeURIComponent(slug)}/officer`;

export function correct(slug: string, id: string, c: Correction): Promise<OfficerComplaint> {
  return officerApi<OfficerComplaint>(`${base(slug)}/complaints/${encodeURIComponent(id)}/correction`, {
    method: 'POST',
    body: c,
  });
}

export function duplicates(slug: string, id: string, signal?: AbortSignal): Promise<Duplicate[]> {
  return officerApi<Duplicate[]>(`${base(slug)}/complaints/${encodeURIComponent(id)}/duplicates`, { signal });
}

export type TemplatePurpose = ResponseTemplate['purpose'];

export function listTemplates(slug: string, signal?: AbortSignal): Promise<ResponseTemplate[]> {
  return officerApi<ResponseTemplate[]>(`${base(slug)}/response-templates`, { signal });
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
  return officerApi<FilledTemplate>(`${base(slug)}/response-templates/${encodeURIComponent(template)}/filled`, {
    query: { complaint },
  });
}
