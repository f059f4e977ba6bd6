import { afterEach, describe, expect, it, vi } from 'vitest';

// jsdom has no canvas: Chart.js is replaced by a stand-in that records what it was asked to draw.
const chartJs = vi.hoisted(() => ({
  registered: [] as unknown[],
  made: [] as Array<{ canvas: unknown; config: Record<string, any>; destroyed: boolean }>,
}));
vi.mock('chart.js', () => {
  class Chart {
    static register(...items: unknown[]) {
      chartJs.registered.push(...items);
    }
    record: { canvas: unknown; config: Record<string, any>; destroyed: boolean };
    constructor(canvas: unknown, config: Record<string, any>) {
      this.record = { canvas, config, destroyed: false };
      chartJs.made.push(this.record);
    }
    destroy() {
      this.record.destroyed = true;
    }
  }
  return { Chart, BarController: 'BarController', BarElement: 'BarElement', CategoryScale: 'CategoryScale', LinearScale: 'LinearScale' };
});

const { drawBarChart, valueLabels, wrapLabel } = await import('./barChart');

afterEach(() => {
  chartJs.made.length = 0;
});

const FIGURES = {
  labels: ['Dinas Pekerjaan Umum dan Penataan Ruang', 'Dinas Kesehatan'],
  values: [3, 2],
  shown: ['3', '2'],
  whole: true,
};

describe('bar chart', () => {
  it('registers only what a horizontal bar chart needs', () => {
    expect(chartJs.registered).toEqual(['BarController', 'BarElement', 'CategoryScale', 'LinearScale']);
  });

  it('draws horizontal bars in the regency colour, without animation, and takes them off again', () => {
    document.documentElement.style.setProperty('--brand', '#0b6e4f');
    const canvas = document.createElement('canvas');
    const remove = drawBarChart(canvas, FIGURES);

    expect(chartJs.made).toHaveLength(1);
    const { config } = chartJs.made[0]!;
    expect(chartJs.made[0]!.canvas).toBe(canvas);
    expect(config.type).toBe('bar');
    expect(config.options.indexAxis).toBe('y');
    expect(config.options.animation).toBe(false);
    expect(config.options.events).toEqual([]);
    expect(config.data.labels).toEqual([['Dinas Pekerjaan', 'Umum dan Penataan', 'Ruang'], ['Dinas Kesehatan']]);
    expect(config.data.datasets[0].data).toEqual([3, 2]);
    expect(config.data.datasets[0].backgroundColor).toBe('#0b6e4f');
    expect(config.options.scales.x.ticks.precision).toBe(0);

    remove();
    expect(chartJs.made[0]!.destroyed).toBe(true);
  });

  it('lets a measure show fractions on its axis', () => {
    drawBarChart(document.createElement('canvas'), { ...FIGURES, values: [2.5, 1], shown: ['2.5', '1'], whole: false });
    expect(chartJs.made[0]!.config.options.scales.x.ticks.precision).toBeUndefined();
  });

  it('writes each value as the table does at the end of its bar', () => {
    const calls: Array<[string, number, number]> = [];
    const ctx = {
      save: () => undefined,
      restore: () => undefined,
      fillText: (text: string, x: number, y: number) => calls.push([text, x, y]),
    };
    const chart = { ctx, getDatasetMeta: () => ({ data: [{ x: 100, y: 20 }, { x: 60, y: 60 }] }) };
    const plugin = valueLabels(['2.5', '1'], '#1a1a1a', '13px sans-serif');
    (plugin.afterDatasetsDraw as unknown as (c: unknown) => void)(chart);
    expect(calls).toEqual([
      ['2.5', 106, 20],
      ['1', 66, 60],
    ]);
  });

  it('cuts long labels into at most three lines', () => {
    expect(wrapLabel('Infrastruktur')).toEqual(['Infrastruktur']);
    expect(wrapLabel('Badan Pengelolaan Keuangan dan Aset Daerah Kabupaten Muara Enim')).toEqual([
      'Badan Pengelolaan',
      'Keuangan dan Aset',
      'Daerah Kabupaten…',
    ]);
  });
});
