import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { id } from '../i18n/id';
import type { PreparedFile } from './photos';
import { announcedStep, ChosenFiles, formatSize, UploadProgressBar } from './uploads';

const f = id.citizen.form;
const sized = (name: string, type: string, bytes: number) => new File([new Uint8Array(bytes)], name, { type });

describe('ChosenFiles', () => {
  it('shows a photo made smaller with its preview, described, and from what size to what size', () => {
    const original = sized('jalan.jpeg', 'image/jpeg', 5 * 1024 * 1024);
    const files: PreparedFile[] = [
      { original, file: sized('jalan.jpg', 'image/jpeg', 310 * 1024), preview: 'data:image/jpeg;base64,AAAA', resized: true },
      { original: sized('surat.pdf', 'application/pdf', 2048), file: sized('surat.pdf', 'application/pdf', 2048), preview: null, resized: false },
    ];
    render(<ChosenFiles files={files} label={f.chosenFiles} previewAlt={f.previewAlt} resized={f.resized} locale="id-ID" />);
    const list = screen.getByRole('list', { name: 'Berkas yang akan dikirim' });
    const preview = screen.getByRole('img', { name: 'Pratinjau foto jalan.jpeg' });
    expect(preview.getAttribute('src')).toBe('data:image/jpeg;base64,AAAA');
    expect(list.textContent).toContain('jalan.jpg diperkecil dari 5 MB menjadi 310 kB');
    expect(list.textContent).toContain('surat.pdf 2 kB');
    expect(list.querySelectorAll('img')).toHaveLength(1);
  });

  it('shows nothing when no file is chosen', () => {
    const { container } = render(
      <ChosenFiles files={[]} label={f.chosenFiles} previewAlt={f.previewAlt} resized={f.resized} locale="id-ID" />,
    );
    expect(container.innerHTML).toBe('');
  });
});

describe('UploadProgressBar', () => {
  it('is a labelled progress bar with the exact value and a polite line in quarters', () => {
    const { rerender } = render(
      <UploadProgressBar percent={73} label={f.uploadLabel} spoken={f.uploadPercent} done={f.uploadDone} />,
    );
    expect(screen.getByRole('progressbar', { name: 'Pengiriman lampiran' }).getAttribute('value')).toBe('73');
    expect(screen.getByRole('status').textContent).toBe('50% terkirim');
    rerender(<UploadProgressBar percent={100} label={f.uploadLabel} spoken={f.uploadPercent} done={f.uploadDone} />);
    expect(screen.getByRole('status').textContent).toBe('Lampiran terkirim, menunggu tanda terima…');
  });

  it('announces 0, 25, 50, 75 and 100 only', () => {
    expect([0, 24, 25, 49, 74, 99, 100].map(announcedStep)).toEqual([0, 0, 25, 25, 50, 75, 100]);
  });
});

describe('formatSize', () => {
  it('writes kB below a megabyte and MB with the language decimal mark above', () => {
    expect(formatSize(700 * 1024, 'id-ID')).toBe('700 kB');
    expect(formatSize(100, 'id-ID')).toBe('1 kB');
    expect(formatSize(1.5 * 1024 * 1024, 'id-ID')).toBe('1,5 MB');
    expect(formatSize(1.5 * 1024 * 1024, 'en-GB')).toBe('1.5 MB');
  });
});
