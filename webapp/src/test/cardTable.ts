import { expect } from 'vitest';

/**
 * Checks that `table` becomes cards on a phone (app/CardTable): it has the class, and every data cell carries the
 * label of the column it sits in, as the header row names it.
 */
export function expectCardCells(table: HTMLElement): void {
  expect(table.classList.contains('table--cards')).toBe(true);
  const headers = Array.from(table.querySelectorAll('thead th')).map((th) => th.textContent?.trim());
  const rows = Array.from(table.querySelectorAll('tbody tr'));
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    Array.from(row.children).forEach((cell, column) => {
      if (cell.tagName === 'TD' || cell.hasAttribute('data-label')) {
        expect(cell.getAttribute('data-label'), `column ${column} of "${row.textContent}"`).toBe(headers[column]);
      }
    });
    expect(row.querySelectorAll('td:not([data-label])')).toHaveLength(0);
  }
}
