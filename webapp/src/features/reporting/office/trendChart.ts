import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  type ChartConfiguration,
} from 'chart.js';

/*
 * The dashboard's trend: Chart.js in a chunk of its own, loaded with import() when the dashboard opens, so that the
 * library never reaches the workspace's first load and the table, which has the same figures, comes first. Only
 * what grouped vertical bars need is registered.
 */
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend);

export interface TrendFigures {
  /** Week labels, oldest first. */
  labels: string[];
  received: number[];
  answered: number[];
  receivedLabel: string;
  answeredLabel: string;
}

/** Received in the regency's colour, answered in a dark grey: both at least 3:1 on white (WCAG 1.4.11). */
export function trendConfig(f: TrendFigures, colours: { brand: string; text: string }, font: string): ChartConfiguration<'bar'> {
  const ticks = { color: colours.text, font: { family: font, size: 12 } };
  return {
    type: 'bar',
    data: {
      labels: f.labels,
      datasets: [
        { label: f.receivedLabel, data: f.received, backgroundColor: colours.brand, borderWidth: 0 },
        { label: f.answeredLabel, data: f.answered, backgroundColor: '#5c6670', borderWidth: 0 },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      events: [],
      plugins: { legend: { labels: { color: colours.text, font: { family: font, size: 13 } } } },
      scales: {
        x: { ticks: { ...ticks, maxRotation: 60, autoSkip: true }, grid: { display: false } },
        y: { beginAtZero: true, ticks: { ...ticks, precision: 0 }, grid: { color: '#d5dade' } },
      },
    },
  };
}

export function drawTrend(canvas: HTMLCanvasElement, figures: TrendFigures): () => void {
  const css = getComputedStyle(document.documentElement);
  const colours = {
    brand: css.getPropertyValue('--brand').trim() || '#1d4259',
    text: css.getPropertyValue('--text').trim() || '#1a1a1a',
  };
  const chart = new Chart(canvas, trendConfig(figures, colours, getComputedStyle(canvas).fontFamily || 'sans-serif'));
  return () => chart.destroy();
}
