import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LanguageProvider, type Lang } from '../../i18n';
import { mockFetch, ok, requestedPaths } from '../../test/fetchMock';
import { DUE } from '../../test/fixtures';
import { DeadlineCalculator } from './DeadlineCalculator';
import { formatLongDate, todayIn } from './dates';

const DUE_PATH = '/api/t/muara-enim/calendar/due';

function renderCalculator(lang: Lang = 'id') {
  return render(
    <LanguageProvider initialLang={lang}>
      <DeadlineCalculator slug="muara-enim" zoneId="Asia/Jakarta" />
    </LanguageProvider>,
  );
}

function fromInput() {
  return screen.getByLabelText<HTMLInputElement>('Tanggal diterima');
}
function daysInput() {
  return screen.getByLabelText<HTMLInputElement>('Jumlah hari kerja');
}

async function calculate(from = '2026-03-16', days?: string) {
  fireEvent.change(fromInput(), { target: { value: from } });
  if (days !== undefined) fireEvent.change(daysInput(), { target: { value: days } });
  await userEvent.click(screen.getByRole('button', { name: 'Hitung tenggat' }));
}

/** The error text tied to an input through aria-describedby, checked to sit in the input's own field. */
function errorFor(input: HTMLInputElement): string | null {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
  const error = ids.map((id) => document.getElementById(id)).find((el) => el?.classList.contains('field__error'));
  if (!error) return null;
  expect(error.closest('.field')).toBe(input.closest('.field'));
  expect(input.getAttribute('aria-invalid')).toBe('true');
  return error.textContent;
}

describe('deadline calculator (hitung tenggat)', () => {
  it('defaults to today in the regency zone and 10 working days', () => {
    mockFetch({});
    renderCalculator();
    expect(fromInput().value).toBe(todayIn('Asia/Jakarta'));
    expect(daysInput().value).toBe('10');
  });

  it('shows the due date and the skipped days off from the API', async () => {
    const spy = mockFetch({ [DUE_PATH]: ok(DUE) });
    renderCalculator();
    await calculate('2026-03-16');

    expect(requestedPaths(spy)).toEqual([`${DUE_PATH}?from=2026-03-16&workingDays=10`]);
    const result = await screen.findByTestId('due-result');
    const due = within(result).getByText('Selasa, 7 April 2026');
    expect(due.getAttribute('dateTime')).toBe('2026-04-07');
    expect(within(result).getByRole('heading', { name: 'Hari libur yang dilewati (4)' })).toBeTruthy();
    const items = within(result)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      'Rabu, 18 Maret 2026: Cuti bersama Nyepi Cuti bersama',
      'Kamis, 19 Maret 2026: Hari Suci Nyepi Libur nasional',
      'Jumat, 20 Maret 2026: Cuti bersama Idulfitri Cuti bersama',
      'Senin, 23 Maret 2026: Hari jadi Kabupaten Muara Enim Libur daerah',
    ]);
  });

  it('says so when no day off falls in the period', async () => {
    mockFetch({ [DUE_PATH]: ok({ ...DUE, due: '2026-03-30', daysOff: [] }) });
    renderCalculator();
    await calculate('2026-03-16');
    expect(await screen.findByText('Tidak ada hari libur lain dalam rentang ini.')).toBeTruthy();
  });

  it('shows a 422 error for workingDays next to that input, in the current language', async () => {
    mockFetch({
      [DUE_PATH]: {
        status: 422,
        body: {
          status: 422,
          code: 'WORKING_DAYS_OUT_OF_RANGE',
          message: { id: 'Jumlah hari kerja terlalu besar.', en: 'Too many working days.' },
          field: 'workingDays',
        },
      },
    });
    renderCalculator();
    await calculate('2026-03-16', '300');

    expect(await screen.findByText('Jumlah hari kerja terlalu besar.')).toBeTruthy();
    expect(errorFor(daysInput())).toBe('Jumlah hari kerja terlalu besar.');
    expect(errorFor(fromInput())).toBeNull();
    expect(document.activeElement).toBe(daysInput());
    expect(screen.queryByTestId('due-result')).toBeNull();
  });

  it('shows a 400 error for from next to the date input', async () => {
    mockFetch({
      [DUE_PATH]: {
        status: 400,
        body: {
          status: 400,
          code: 'DATE_OUT_OF_RANGE',
          message: { id: 'Tanggal di luar kalender yang tersedia.', en: 'Date outside the available calendar.' },
          field: 'from',
        },
      },
    });
    renderCalculator('en');
    fireEvent.change(screen.getByLabelText('Date received'), { target: { value: '1990-01-02' } });
    await userEvent.click(screen.getByRole('button', { name: 'Calculate deadline' }));

    const from = screen.getByLabelText<HTMLInputElement>('Date received');
    expect(await screen.findByText('Date outside the available calendar.')).toBeTruthy();
    expect(errorFor(from)).toBe('Date outside the available calendar.');
    expect(errorFor(screen.getByLabelText<HTMLInputElement>('Number of working days'))).toBeNull();
  });

  it('shows an error without a field as an alert under the form', async () => {
    mockFetch({
      [DUE_PATH]: {
        status: 500,
        body: { status: 500, code: 'INTERNAL', message: { id: 'Kalender gagal dimuat.', en: 'x' }, field: null },
      },
    });
    renderCalculator();
    await calculate('2026-03-16');
    expect((await screen.findByRole('alert')).textContent).toBe('Kalender gagal dimuat.');
    expect(errorFor(fromInput())).toBeNull();
    expect(errorFor(daysInput())).toBeNull();
  });

  it('checks the inputs before calling the API', async () => {
    const spy = mockFetch({ [DUE_PATH]: ok(DUE) });
    renderCalculator();
    await calculate('', '0');
    expect(errorFor(fromInput())).toBe('Isi tanggal diterima.');
    expect(errorFor(daysInput())).toBe('Isi jumlah hari kerja dengan bilangan bulat 1 sampai 366.');
    expect(spy).not.toHaveBeenCalled();
  });

  it('formats dates in the chosen language', () => {
    expect(formatLongDate('2026-04-07', 'id-ID')).toBe('Selasa, 7 April 2026');
    expect(formatLongDate('2026-04-07', 'en-GB')).toBe('Tuesday, 7 April 2026');
    expect(todayIn('Asia/Jayapura', new Date('2026-03-15T16:30:00Z'))).toBe('2026-03-16');
    expect(todayIn('Asia/Jakarta', new Date('2026-03-15T16:30:00Z'))).toBe('2026-03-15');
  });
});
