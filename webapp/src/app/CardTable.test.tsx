import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectCardCells } from '../test/cardTable';
import { CardTable, Cell } from './CardTable';

describe('card table', () => {
  it('stays a table with its headers for screen readers, and labels every cell with its column', () => {
    render(
      <CardTable data-testid="t">
        <caption>Antrean</caption>
        <thead>
          <tr>
            <th scope="col">Nomor laporan</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <Cell label="Nomor laporan">ME-2026-000123</Cell>
            <Cell label="Status">Diterima</Cell>
          </tr>
        </tbody>
      </CardTable>,
    );
    const table = screen.getByRole('table', { name: 'Antrean' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Nomor laporan', 'Status']);
    expect(within(table).getByRole('cell', { name: 'Diterima' }).getAttribute('data-label')).toBe('Status');
    expect(table.parentElement?.className).toBe('table-wrap');
    expectCardCells(table);
  });
});
