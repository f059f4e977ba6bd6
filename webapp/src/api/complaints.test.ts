import { describe, expect, it } from 'vitest';
import {
  allowedReporterActions,
  attachmentProblem,
  complaintBody,
  complaintInput,
  EMPTY_FORM,
  newIdempotencyKey,
  suggestedNotifyBy,
  type PublicComplaint,
} from './complaints';

const FORM = {
  ...EMPTY_FORM,
  title: '  Jembatan rusak ',
  description: 'Lantai jembatan gantung patah.',
  category: 'INFRASTRUKTUR',
  latitude: '-3,65',
  longitude: '103.77',
  phone: '081234567890',
};

/** jsdom's Blob has no text(): read it the old way. */
function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

function file(name: string, type: string, size = 10): File {
  return new File([new Uint8Array(size)], name, { type });
}

describe('complaint request', () => {
  it('sends trimmed fields, numbers for coordinates, and leaves blanks out', () => {
    const input = complaintInput(FORM);
    expect(input).toMatchObject({
      type: 'COMPLAINT',
      title: 'Jembatan rusak',
      category: 'INFRASTRUKTUR',
      latitude: -3.65,
      longitude: 103.77,
      anonymous: false,
      reporter: { phone: '081234567890' },
    });
    expect(input.location).toBeUndefined();
    expect(complaintInput({ ...FORM, phone: '' }).reporter).toBeUndefined();
  });

  it('is JSON without files and multipart with a complaint part and attachments parts with files', async () => {
    expect(complaintBody(FORM, [])).not.toBeInstanceOf(FormData);
    const body = complaintBody(FORM, [file('a.jpg', 'image/jpeg'), file('b.pdf', 'application/pdf')]);
    expect(body).toBeInstanceOf(FormData);
    const data = body as FormData;
    const part = data.get('complaint') as Blob;
    expect(part.type).toBe('application/json');
    expect(JSON.parse(await readBlob(part))).toEqual(JSON.parse(JSON.stringify(complaintInput(FORM))));
    expect(data.getAll('attachments').map((f) => (f as File).name)).toEqual(['a.jpg', 'b.pdf']);
  });

  it('checks attachment types, sizes and count before sending', () => {
    expect(attachmentProblem([file('a.png', 'image/png')])).toBeNull();
    expect(attachmentProblem([file('a.png', 'image/png'), file('x.docx', 'application/msword')])).toEqual({
      problem: 'type',
      index: 1,
    });
    expect(attachmentProblem([file('big.jpg', 'image/jpeg', 5 * 1024 * 1024 + 1)])).toEqual({ problem: 'size', index: 0 });
    expect(attachmentProblem(Array.from({ length: 6 }, (_, i) => file(`${i}.jpg`, 'image/jpeg')))?.problem).toBe('count');
  });

  it('makes idempotency keys the API accepts, a new one each time', () => {
    const a = newIdempotencyKey();
    expect(a).toMatch(/^[A-Za-z0-9._:-]{8,100}$/);
    expect(newIdempotencyKey()).not.toBe(a);
  });
});

describe('reporter actions by state', () => {
  const base = { status: 'RECEIVED', rating: null, reopenUntil: null } as unknown as PublicComplaint;
  it('offers what the API allows', () => {
    expect(allowedReporterActions({ ...base, status: 'CLARIFICATION_REQUESTED' }, '2026-03-02')).toEqual(['clarification']);
    expect(allowedReporterActions({ ...base, status: 'RESPONDED' }, '2026-03-02')).toEqual([
      'acceptance',
      'rating',
      'reopening',
    ]);
    expect(allowedReporterActions({ ...base, status: 'CLOSED', rating: 4, reopenUntil: '2026-03-01' }, '2026-03-02')).toEqual([]);
    expect(allowedReporterActions({ ...base, status: 'CLOSED', reopenUntil: '2026-03-05' }, '2026-03-02')).toEqual([
      'rating',
      'reopening',
    ]);
    expect(allowedReporterActions(base, '2026-03-02')).toEqual([]);
  });
});

describe('news about the report (issue 16)', () => {
  it('suggests e-mail when an address is given, else SMS for a phone, else nothing, within what is offered', () => {
    const both = { ...EMPTY_FORM, phone: '081234567890', email: 'siti@contoh.id' };
    expect(suggestedNotifyBy(both, ['EMAIL', 'SMS'])).toBe('EMAIL');
    expect(suggestedNotifyBy({ ...both, email: '' }, ['EMAIL', 'SMS'])).toBe('SMS');
    expect(suggestedNotifyBy({ ...both, email: '' }, ['EMAIL'])).toBe('NONE');
    expect(suggestedNotifyBy(EMPTY_FORM, ['EMAIL', 'SMS'])).toBe('NONE');
    expect(suggestedNotifyBy({ ...both, notifyBy: 'NONE' }, ['EMAIL', 'SMS'])).toBe('NONE');
  });

  it('sends the choice and the page language with the report', () => {
    expect(complaintInput({ ...FORM, notifyBy: 'SMS' }, ['EMAIL', 'SMS'], 'en')).toMatchObject({
      notifyBy: 'SMS',
      language: 'en',
    });
  });
});

