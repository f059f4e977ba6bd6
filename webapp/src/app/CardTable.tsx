import type { ReactNode, TableHTMLAttributes, TdHTMLAttributes } from 'react';

/**
 * A table that becomes a stack of cards below 600 px (styles.css, `.table--cards`): each row a card, each cell on
 * its own line under its column's label. It stays a real <table>, so screen readers keep rows, columns and the
 * headers (which are only hidden from sight on a phone); a header with sort buttons stays visible as a strip.
 * Every data cell is a {@link Cell} with its column's label.
 */
export function CardTable({ className, children, ...rest }: TableHTMLAttributes<HTMLTableElement> & { children: ReactNode }) {
  return (
    <div className="table-wrap">
      <table className={['table', 'table--cards', className].filter(Boolean).join(' ')} {...rest}>
        {children}
      </table>
    </div>
  );
}

/** A data cell of a {@link CardTable}: `label` is its column's heading, shown before the value on a phone. */
export function Cell({ label, children, ...rest }: TdHTMLAttributes<HTMLTableCellElement> & { label: string }) {
  return (
    <td data-label={label} {...rest}>
      {children}
    </td>
  );
}
