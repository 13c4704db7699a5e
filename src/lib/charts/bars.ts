/**
 * Geometry of a small horizontal bar chart (one bar per item, a shared zero line), computed with
 * d3's scales for printing as SVG at build time. Negative values extend left of zero.
 */
import { scaleBand, scaleLinear } from 'd3';

export interface BarInput {
  items: { id: string; label: string; value: number; text: string }[];
  width?: number;
  barHeight?: number;
  labelWidth?: number;
  /** The values count things (bonds, funds): the axis gets whole-number ticks only. */
  integerTicks?: boolean;
}

export interface BarGeometry {
  width: number;
  height: number;
  zero: number;
  bars: {
    id: string;
    x: number;
    y: number;
    width: number;
    height: number;
    label: string;
    labelY: number;
    text: string;
    textX: number;
    textAnchor: 'start' | 'end';
  }[];
  ticks: { x: number; text: string }[];
}

const round = (n: number) => Math.round(n * 10) / 10;

export function barGeometry(input: BarInput, format: (value: number) => string = String): BarGeometry {
  const width = input.width ?? 360;
  const barHeight = input.barHeight ?? 26;
  const labelWidth = input.labelWidth ?? 72;
  const valueRoom = 96;
  // Room for half a tick label at an end of the axis with no bar text beyond it: a 0 at the very
  // edge of the SVG would be cut in half.
  const tickRoom = 16;
  const values = input.items.map((i) => i.value);
  const x = scaleLinear()
    .domain([Math.min(0, ...values), Math.max(0, ...values)])
    .nice(4)
    .range([
      labelWidth + (Math.min(0, ...values) < 0 ? valueRoom : tickRoom),
      width - (Math.max(0, ...values) > 0 ? valueRoom : tickRoom),
    ]);
  const y = scaleBand()
    .domain(input.items.map((i) => i.id))
    .range([4, 4 + barHeight * input.items.length])
    .paddingInner(0.25);
  const zero = round(x(0));
  const bars = input.items.map((item) => {
    const end = x(item.value);
    const negative = item.value < 0;
    return {
      id: item.id,
      x: round(Math.min(zero, end)),
      y: round(y(item.id)!),
      width: round(Math.abs(end - zero)),
      height: round(y.bandwidth()),
      label: item.label,
      labelY: round(y(item.id)! + y.bandwidth() * 0.72),
      text: item.text,
      textX: round(negative ? end - 4 : end + 4),
      textAnchor: negative ? ('end' as const) : ('start' as const),
    };
  });
  const ticks = x
    .ticks(4)
    .filter((t) => !input.integerTicks || Number.isInteger(t))
    .map((t) => ({ x: round(x(t)), text: format(t) }));
  return { width, height: round(4 + barHeight * input.items.length + 18), zero, bars, ticks };
}
