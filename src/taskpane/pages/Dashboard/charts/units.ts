import { fromMinor } from "../../../../core/money";
import type { Lang } from "../../../i18n/language";

/** Charts plot currency units; the figures stay exact in minor units until this last step. */
export function plotValue(minor: number, digits: number): number {
  return fromMinor(minor, digits);
}

/** The locale the charts format numbers and dates in: the pane's language, not the browser's. */
export function chartCulture(lang: Lang): string {
  return lang === "zh" ? "zh-CN" : "en-US";
}

/** 1, 2 or 5 times a power of ten: the step between about `count` ticks over `span` (d3's rule). */
function niceStep(span: number, count: number): number {
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const error = raw / power;
  const factor = error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1;
  return factor * power;
}

const exact = (n: number) => Number(n.toPrecision(12));

/**
 * Round ticks for a value axis that starts at 0 (or below, for negative values) and reaches at
 * least the largest value: 0, 200,000, 400,000, 600,000, 800,000 for 611,420 — never 611.42k.
 * About `count` steps of 1, 2 or 5 times a power of ten. With nothing above 0, the axis is 0 to 1.
 */
export function axisTicks(values: readonly number[], count = 4): number[] {
  const finite = values.filter((v) => Number.isFinite(v));
  const hi = Math.max(0, ...finite);
  const lo = Math.min(0, ...finite);
  if (hi === lo) return [0, 1];
  const step = niceStep(hi - lo, count);
  const first = Math.floor(exact(lo / step));
  const last = Math.ceil(exact(hi / step));
  const ticks: number[] = [];
  for (let k = first; k <= last; k++) ticks.push(exact(k * step));
  return ticks;
}

/**
 * A tick's label, short enough for a 320px pane, in the pane's language: 800K, 1.2M in English;
 * 80万, 1.2亿 in Chinese (a Chinese analyst counts in 万 and 亿, not thousands). Never rounded
 * to another tick's label: up to three significant digits, ticks have at most two.
 */
export function axisLabel(value: number, lang: Lang): string {
  return new Intl.NumberFormat(chartCulture(lang), { notation: "compact", maximumSignificantDigits: 3 }).format(value);
}

/** How wide a tick label is drawn (10px semibold axis text), over- rather than under-estimated. */
export function labelWidth(label: string): number {
  let width = 0;
  for (const ch of label) width += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/.test(ch) ? 11 : /[.,]/.test(ch) ? 3.5 : 7;
  return width;
}

/** The chart library's default left margin, and the gap it keeps between a label and the plot. */
const MIN_LEFT_MARGIN = 40;
const TICK_PADDING = 10;
const LABEL_SLACK = 6;

/** A value axis's props for a Fluent cartesian chart: round ticks, labelled in the pane's language, never cut on the left. */
export interface ValueAxis {
  yAxisTickValues: number[];
  yMinValue: number;
  yMaxValue: number;
  yAxisTickFormat: (value: number) => string;
  margins: { left: number };
  roundedTicks: true;
  culture: string;
}

export function valueAxis(values: readonly number[], lang: Lang): ValueAxis {
  const ticks = axisTicks(values);
  const widest = Math.max(...ticks.map((t) => labelWidth(axisLabel(t, lang))));
  return {
    yAxisTickValues: ticks,
    yMinValue: ticks[0],
    yMaxValue: ticks[ticks.length - 1],
    yAxisTickFormat: (value: number) => axisLabel(value, lang),
    margins: { left: Math.max(MIN_LEFT_MARGIN, Math.ceil(widest + TICK_PADDING + LABEL_SLACK)) },
    roundedTicks: true,
    culture: chartCulture(lang),
  };
}
