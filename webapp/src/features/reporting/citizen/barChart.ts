import { BarController, BarElement, CategoryScale, Chart, LinearScale, type ChartConfiguration, type Plugin } from 'chart.js';

/*
 * How the statistics page draws a figure: Chart.js on a canvas. This module is a chunk of its own (the page loads it
 * with import() when it opens), so the library never reaches the portal's first load and the tables, which carry the
 * same figures, are on the screen before it arrives. It imports nothing of React or of the app, so the chunk is
 * Chart.js and these few functions only. Only what a horizontal bar chart needs is registered, so that the bundler
 * leaves the rest of Chart.js out.
 */
Chart.register(BarController, BarElement, CategoryScale, LinearScale);

/** One figure's bars, top to bottom. */
export interface BarFigures {
  labels: string[];
  values: number[];
  /** Each value as the table writes it, drawn at the end of its bar. */
  shown: string[];
  /** Counts: the axis shows whole numbers only. */
  whole: boolean;
}

export interface BarColours {
  bar: string;
  text: string;
  grid: string;
}

/** Characters per line of a bar's label: a long agency name would take half of a 360-px phone's width. */
const LABEL_LINE = 18;
const LABEL_LINES = 3;
const FONT_SIZE = 13;

/** A label cut into lines of about LABEL_LINE characters at spaces, at most LABEL_LINES, the last one ending in "…". */
export function wrapLabel(label: string, width: number = LABEL_LINE, lines: number = LABEL_LINES): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) out.push(line);
  if (out.length <= lines) return out;
  const kept = out.slice(0, lines);
  kept[lines - 1] = `${kept[lines - 1]}…`;
  return kept;
}

/** Writes each value as the table shows it just after the end of its bar. */
export function valueLabels(shown: string[], colour: string, font: string): Plugin<'bar'> {
  return {
    id: 'balaiValueLabels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.fillStyle = colour;
      ctx.font = font;
      ctx.textBaseline = 'middle';
      ctx.textAlign = 'left';
      chart.getDatasetMeta(0).data.forEach((bar, i) => {
        const text = shown[i];
        if (text !== undefined) ctx.fillText(text, bar.x + 6, bar.y);
      });
      ctx.restore();
    },
  };
}

/** The Chart.js configuration of a figure: horizontal bars in the regency's colour, no animation, no hover. */
export function barConfig(figures: BarFigures, colours: BarColours, fontFamily: string): ChartConfiguration<'bar'> {
  const font = { family: fontFamily, size: FONT_SIZE };
  return {
    type: 'bar',
    data: {
      labels: figures.labels.map((l) => wrapLabel(l)),
      datasets: [{ data: figures.values, backgroundColor: colours.bar, borderWidth: 0, maxBarThickness: 22 }],
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      // A cheap phone redraws nothing it does not have to; the figures do not move, so neither do the bars.
      animation: false,
      // Nothing to point at or hover: the table next to the chart has every figure.
      events: [],
      layout: { padding: { right: 8 } },
      scales: {
        x: {
          beginAtZero: true,
          // Room after the longest bar for its value.
          grace: '20%',
          ticks: { color: colours.text, font, precision: figures.whole ? 0 : undefined },
          grid: { color: colours.grid },
          border: { color: colours.text },
        },
        y: {
          ticks: { color: colours.text, font, autoSkip: false },
          grid: { display: false },
          border: { color: colours.text },
        },
      },
    },
    plugins: [valueLabels(figures.shown, colours.text, `${FONT_SIZE}px ${fontFamily}`)],
  };
}

/** A custom property's colour as <html> has it (the regency's --brand is set there by useBrandColor). */
function cssColour(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

/**
 * Draws the figures on the canvas, sized to its container, in the page's colours: the bars in the regency's --brand
 * (at least 4.5:1 on white, so more than the 3:1 WCAG 1.4.11 asks of graphics), text and axes in --text, light grid
 * lines (a reading aid, not content). Returns what takes the chart off the canvas again.
 */
export function drawBarChart(canvas: HTMLCanvasElement, figures: BarFigures): () => void {
  const colours = { bar: cssColour('--brand', '#1d4259'), text: cssColour('--text', '#1a1a1a'), grid: '#d5dade' };
  const chart = new Chart(canvas, barConfig(figures, colours, getComputedStyle(canvas).fontFamily || 'sans-serif'));
  return () => chart.destroy();
}
