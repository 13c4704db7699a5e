/**
 * Geometry of a heat map (rows × columns of numbers), computed with d3's scales and printed as
 * SVG by HeatmapChart.astro at build time: no DOM, no client JavaScript.
 */
import { rgb, scaleBand, scaleLinear } from 'd3';

export interface HeatmapRow {
  id: string;
  label: string;
  /** Rows with the same group are drawn together under the group's label. */
  group?: string;
}

export interface HeatmapInput {
  rows: HeatmapRow[];
  columns: { id: string; label: string }[];
  /** The value of a cell; null draws an empty cell. */
  value: (row: string, column: string) => number | null;
  /** How a value is printed in its cell. */
  format: (value: number) => string;
  /** The value drawn darkest; defaults to the largest value. */
  max?: number;
  cellWidth?: number;
  cellHeight?: number;
  rowLabelWidth?: number;
}

export interface HeatmapCell {
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
  text: string;
  textFill: string;
  row: string;
  column: string;
}

export interface HeatmapGeometry {
  width: number;
  height: number;
  cells: HeatmapCell[];
  rowLabels: { x: number; y: number; text: string }[];
  columnLabels: { x: number; y: number; text: string }[];
  groupLabels: { x: number; y: number; text: string }[];
}

const round = (n: number) => Math.round(n * 10) / 10;

/** WCAG relative luminance of a colour. */
function luminance(color: string): number {
  const { r, g, b } = rgb(color);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** Dark or white text, whichever contrasts more with the fill. */
export function readableTextOn(fill: string): string {
  const l = luminance(fill);
  const onWhite = 1.05 / (l + 0.05);
  const onDark = (l + 0.05) / (luminance('#1b1b1b') + 0.05);
  return onWhite > onDark ? '#ffffff' : '#1b1b1b';
}
const COLUMN_HEADER = 36;
const GROUP_HEADER = 26;

export function heatmapGeometry(input: HeatmapInput): HeatmapGeometry {
  const { rows, columns, value, format } = input;
  const cellWidth = input.cellWidth ?? 72;
  const cellHeight = input.cellHeight ?? 24;
  const labelWidth = input.rowLabelWidth ?? 200;
  const values = rows.flatMap((r) => columns.map((c) => value(r.id, c.id))).filter((v): v is number => v !== null);
  const max = input.max ?? Math.max(1e-9, ...values);
  // White to the site's green; text switches to white where the cell is dark enough to need it.
  const color = scaleLinear<string>().domain([0, max]).range(['#f3f7f4', '#0e4429']).clamp(true);
  const x = scaleBand()
    .domain(columns.map((c) => c.id))
    .range([labelWidth, labelWidth + cellWidth * columns.length])
    .paddingInner(0.06);

  const cells: HeatmapCell[] = [];
  const rowLabels: HeatmapGeometry['rowLabels'] = [];
  const groupLabels: HeatmapGeometry['groupLabels'] = [];
  let y = COLUMN_HEADER;
  let group: string | undefined;
  for (const row of rows) {
    if (row.group !== undefined && row.group !== group) {
      group = row.group;
      groupLabels.push({ x: 0, y: round(y + GROUP_HEADER * 0.7), text: group });
      y += GROUP_HEADER;
    }
    rowLabels.push({ x: labelWidth - 8, y: round(y + cellHeight * 0.68), text: row.label });
    for (const column of columns) {
      const v = value(row.id, column.id);
      const fill = v === null ? '#ffffff' : color(v);
      cells.push({
        x: round(x(column.id)!),
        y: round(y + 1),
        width: round(x.bandwidth()),
        height: cellHeight - 2,
        fill,
        text: v === null ? '' : format(v),
        textFill: readableTextOn(fill),
        row: row.id,
        column: column.id,
      });
    }
    y += cellHeight;
  }
  const columnLabels = columns.map((c) => ({
    x: round(x(c.id)! + x.bandwidth() / 2),
    y: COLUMN_HEADER - 12,
    text: c.label,
  }));
  return {
    width: labelWidth + cellWidth * columns.length,
    height: round(y + 4),
    cells,
    rowLabels,
    columnLabels,
    groupLabels,
  };
}
