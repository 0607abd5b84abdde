/**
 * The layout of the lessons' figures, as plain shapes for src/components/Figure.astro to draw.
 * Pure: strings in, boxes, arrows and numbers out, so it is unit-tested without a page.
 *
 * Figures are 360 units wide, about the width they are shown at on a phone, so their 15-unit text
 * stays readable there. SVG text does not wrap, so labels are broken into lines here by an
 * estimate of the characters a box holds.
 */
import type { UIStrings } from '../i18n/index.ts';
import { wrapLabel } from './wrap.ts';

export type FigureName = keyof UIStrings['figures'];
export const figureNames = ['decision', 'goal', 'anatomy', 'triage', 'giving'] as const satisfies FigureName[];

export interface TextLine {
  x: number;
  y: number;
  text: string;
  /** `label`: small caps above a box's main text; `strong`: an outcome; `text`: plain. */
  style: 'label' | 'strong' | 'text';
}
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
  tone: 'plain' | 'key' | 'soft';
  lines: TextLine[];
}
export interface Layout {
  width: number;
  height: number;
  boxes: Box[];
  /** Path data; `head` adds an arrowhead at the end. */
  paths: Array<{ d: string; head: boolean }>;
  numbers: Array<{ x: number; y: number; n: number }>;
  /** Lines and dots without meaning of their own: the title bar of the email window. */
  decor: { paths: string[]; dots: Array<{ x: number; y: number }> };
  /** The jar of the giving figure. */
  jar?: { d: string; labels: TextLine[] };
  /** Everything the figure says, in reading order, for its <desc>. */
  description: string[];
}

export const width = 360;
const pad = 10;
const lineHeight = { main: 19, label: 17 };
/**
 * Average advance of a character, in units, at 15 (main) and 13 (label) units: measured on the
 * widest common fallback (DejaVu Sans, bold for outcomes), so text fits wherever it is shown.
 */
export const advance = { strong: 8.8, text: 8.2, label: 7.4 };

/** A box holding an optional small label line above its main text. */
function box(x: number, y: number, w: number, tone: Box['tone'], main: string, label?: string): Box {
  const inner = w - 2 * pad;
  const lines: TextLine[] = [];
  let top = y + pad - 2;
  if (label) {
    for (const text of wrapLabel(label, Math.floor(inner / advance.label))) {
      top += lineHeight.label;
      lines.push({ x: x + pad, y: top - 4, text, style: 'label' });
    }
  }
  const style = tone === 'plain' ? 'text' : 'strong';
  for (const text of wrapLabel(main, Math.floor(inner / advance[style]))) {
    top += lineHeight.main;
    lines.push({ x: x + pad, y: top - 5, text, style });
  }
  return { x, y, w, h: top - y + pad, tone, lines };
}

/** A start, a question, and the outcomes hanging off a trunk line (lessons 1 and 4). */
function branches(s: UIStrings['figures']['decision'] | UIStrings['figures']['triage']): Layout {
  const start = box(10, 10, width - 20, 'plain', s.start);
  const question = box(10, start.y + start.h + 24, width - 20, 'key', s.question);
  const boxes = [start, question];
  const paths = [{ d: `M${width / 2} ${start.y + start.h}V${question.y - 2}`, head: true }];
  const trunk = 28;
  let y = question.y + question.h + 14;
  let lastJoin = y;
  for (const branch of s.branches) {
    const b = box(50, y, width - 60, 'soft', branch.then, branch.when);
    lastJoin = y + Math.min(22, b.h / 2);
    paths.push({ d: `M${trunk} ${lastJoin}H${b.x - 2}`, head: true });
    boxes.push(b);
    y += b.h + 10;
  }
  paths.push({ d: `M${trunk} ${question.y + question.h}V${lastJoin}`, head: false });
  return {
    width,
    height: y,
    boxes,
    paths,
    numbers: [],
    decor: { paths: [], dots: [] },
    description: [s.start, s.question, ...s.branches.map((b) => `${b.when}: ${b.then}`)],
  };
}

/** Numbered steps, top to bottom (lesson 2), or the parts of an email in a window (lesson 3). */
function steps(items: ReadonlyArray<{ label: string; detail: string }>, framed: boolean): Layout {
  const inset = framed ? 20 : 10;
  const gap = framed ? 6 : 22;
  const boxes: Box[] = [];
  const paths: Layout['paths'] = [];
  const numbers: Layout['numbers'] = [];
  let y = framed ? 38 : 10;
  items.forEach((item, i) => {
    const b = box(inset + 36, y, width - 2 * inset - 36, framed || i > 0 ? 'soft' : 'key', item.detail, item.label);
    boxes.push(b);
    numbers.push({ x: inset + 16, y: y + b.h / 2, n: i + 1 });
    if (!framed && i > 0) paths.push({ d: `M${inset + 16} ${y - gap + 4}V${y - 2}`, head: true });
    y += b.h + gap;
  });
  const height = y + (framed ? 6 : -gap + 10);
  const decor: Layout['decor'] = { paths: [], dots: [] };
  if (framed) {
    // The window of a mail program: a frame and a title bar with three dots.
    boxes.unshift({ x: 6, y: 6, w: width - 12, h: height - 12, tone: 'plain', lines: [] });
    decor.paths.push(`M6 28H${width - 6}`);
    decor.dots.push({ x: 20, y: 17 }, { x: 32, y: 17 }, { x: 44, y: 17 });
  }
  return {
    width,
    height,
    boxes,
    paths,
    numbers,
    decor,
    description: items.map((it, i) => `${i + 1}. ${it.label}: ${it.detail}`),
  };
}

/** What you put into a relationship on the left, the jar, and the one ask that comes out (lesson 5). */
function giving(s: UIStrings['figures']['giving']): Layout {
  const boxes: Box[] = [];
  const paths: Layout['paths'] = [];
  const top = 70;
  const step = 58;
  s.putIn.forEach((item, i) => {
    const b = box(10, top + 24 + i * step, 175, 'soft', item);
    boxes.push(b);
    paths.push({ d: `M${b.x + b.w} ${b.y + b.h / 2}H${203}`, head: true });
  });
  const bottom = top + 24 + 3 * step + 4;
  const body = bottom - top - 64;
  // A jar, 140 wide: a neck at the top, round shoulders, a flat base.
  const jar = `M245 ${top}h50v14c0 6 50 12 50 36v${body}c0 10-8 14-18 14h-114c-10 0-18-4-18-14v-${body}c0-24 50-30 50-36z`;
  const takeOut = box(196, 4, 154, 'key', s.takeOut);
  boxes.push(takeOut);
  paths.push({ d: `M270 ${top - 2}V${takeOut.y + takeOut.h + 4}`, head: true });
  return {
    width,
    height: bottom + 14,
    boxes,
    paths,
    numbers: [],
    decor: { paths: [], dots: [] },
    jar: {
      d: jar,
      labels: wrapLabel(s.jar, 13).map((text, i, all) => ({
        x: 270,
        y: top + (bottom - top) / 2 + 14 + (i - (all.length - 1) / 2) * lineHeight.main,
        text,
        style: 'strong' as const,
      })),
    },
    description: [...s.putIn.map((item) => `${item} → ${s.jar}`), `${s.jar} → ${s.takeOut}`],
  };
}

export function figureLayout(name: FigureName, strings: UIStrings['figures']): Layout {
  switch (name) {
    case 'decision':
    case 'triage':
      return branches(strings[name]);
    case 'goal':
      return steps(strings.goal.steps, false);
    case 'anatomy':
      return steps(strings.anatomy.parts, true);
    case 'giving':
      return giving(strings.giving);
  }
}
