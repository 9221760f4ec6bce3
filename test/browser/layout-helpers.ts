/**
 * Layout checks that read the rendered geometry of an element and everything in its shadow tree (nested shadow
 * roots too), for test/browser/layout.test.ts. Each returns what is wrong as sentences, never pixels:
 *
 *   overflow      nothing sticks out of the element's box sideways (nor out of an open modal dialog, nor the
 *                 dialog out of the window), and the element does not scroll sideways
 *   button-wrap   every visible button and button-like link shows its text on one line
 *   narrow-text   no p, dd, dt, li, heading or summary (a filter group's title, which wraps as a heading does)
 *                 narrower than 150 px wraps more than two words
 *   card-rows     cards side by side (same top) end at the same height
 *   axe           axe-core finds no violation
 */
import 'axe-core/axe.min.js';

export type Check = 'overflow' | 'button-wrap' | 'narrow-text' | 'card-rows' | 'axe';
export const CHECKS: readonly Check[] = ['overflow', 'button-wrap', 'narrow-text', 'card-rows', 'axe'];
export interface Failure {
  check: Check;
  message: string;
}

/** Slack for sub-pixel layout, in CSS pixels. */
const SLACK = 1;
/** A text block narrower than this may hold at most two words (when it wraps). */
export const NARROW = 150;
const HEADINGS = 'h1, h2, h3, h4, h5, h6';
const TEXT_BLOCKS = `p, dd, dt, li, summary, ${HEADINGS}`;
/** The cards whose rows must end level, by default. */
export const CARDS = 't4g-solution-card, t4g-city-card';

// ---------------------------------------------------------------------------
// Waiting

export const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Every Lit element at or under `root`, down through shadow roots. */
function litElements(root: Element): { updateComplete: Promise<boolean> }[] {
  const found: { updateComplete: Promise<boolean> }[] = [];
  const visit = (el: Element) => {
    if ('updateComplete' in el) found.push(el as unknown as { updateComplete: Promise<boolean> });
    if (el.shadowRoot) for (const child of el.shadowRoot.children) visit(child);
    for (const child of el.children) visit(child);
  };
  visit(root);
  return found;
}

/** A frame, then until no Lit element under `root` has an update pending (nested ones render after their parent), then a frame. */
export async function settle(root: Element) {
  await frame();
  for (let round = 0; round < 10; round++) {
    const done = await Promise.all(litElements(root).map((el) => el.updateComplete));
    if (done.every(Boolean)) break;
  }
  await frame();
}

// ---------------------------------------------------------------------------
// Reading the tree

/** `button.close “Close” (in t4g-solution-detail)`: enough to find it. */
export function describeElement(el: Element): string {
  const classes = [...el.classList].map((c) => `.${c}`).join('');
  const text = visibleText(el).replace(/\s+/g, ' ').trim();
  const quoted = text ? ` “${text.length > 40 ? `${text.slice(0, 39)}…` : text}”` : '';
  const root = el.getRootNode();
  const host = root instanceof ShadowRoot ? ` (in ${root.host.localName})` : '';
  return `${el.localName}${classes}${quoted}${host}`;
}

/** Hidden from sight though it may have a box: a visually-hidden run (a clipped 1 px box). */
const isTiny = (rect: DOMRect) => rect.width <= 1 && rect.height <= 1;

/** What a rendered element's children are, flat tree order, through shadow roots. */
function childrenOf(el: Element | ShadowRoot): Element[] {
  const inShadow = el instanceof Element && el.shadowRoot ? [...el.shadowRoot.children] : [];
  return [...inShadow, ...el.children];
}

type Visit = 'skip' | 'self-hidden' | 'visible';
/** Whether to look at an element: not rendered (skip it and all inside), only its children (display: contents, visibility: hidden), or it. */
function visibility(el: Element): Visit {
  if (el.localName === 'style' || el.localName === 'script' || el.localName === 'template') return 'skip';
  const style = getComputedStyle(el);
  if (style.display === 'contents') return 'self-hidden';
  if (style.display === 'none' || !el.getClientRects().length) return 'skip';
  if (isTiny(el.getBoundingClientRect())) return 'skip';
  if (style.visibility !== 'visible') return 'self-hidden';
  return 'visible';
}

/** The text of an element that shows: without visually-hidden runs and what is not rendered. */
function visibleTextNodes(el: Element): Text[] {
  const texts: Text[] = [];
  const visit = (node: Element) => {
    if (visibility(node) === 'skip') return;
    for (const child of node.shadowRoot ? [...node.shadowRoot.childNodes] : []) collect(child);
    for (const child of node.childNodes) collect(child);
  };
  const collect = (child: ChildNode) => {
    if (child.nodeType === Node.TEXT_NODE && (child as Text).data.trim()) texts.push(child as Text);
    else if (child instanceof Element) visit(child);
  };
  visit(el);
  return texts;
}

function visibleText(el: Element): string {
  return visibleTextNodes(el).map((t) => t.data).join('');
}

/** The boxes of a text node, one per line fragment. */
function textRects(text: Text): DOMRect[] {
  const range = document.createRange();
  range.selectNodeContents(text);
  return [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
}

/** How many lines the rects sit on: two rects share a line when they overlap by more than half the shorter one's height. */
export function lineCount(rects: DOMRect[]): number {
  const lines: { top: number; bottom: number }[] = [];
  for (const rect of [...rects].sort((a, b) => a.top - b.top)) {
    const line = lines.find((l) => Math.min(l.bottom, rect.bottom) - Math.max(l.top, rect.top) > Math.min(l.bottom - l.top, rect.height) / 2);
    if (line) {
      line.top = Math.min(line.top, rect.top);
      line.bottom = Math.max(line.bottom, rect.bottom);
    } else lines.push({ top: rect.top, bottom: rect.bottom });
  }
  return lines.length;
}

/** The lines an element's visible text takes. */
const linesOf = (el: Element) => lineCount(visibleTextNodes(el).flatMap(textRects));
const wordsOf = (el: Element) => visibleText(el).split(/\s+/).filter(Boolean).length;

/** A link that looks like a button: a part named button, or a box of its own with a fill or a border. */
function looksLikeButton(a: Element): boolean {
  if (a.getAttribute('part')?.split(/\s+/).includes('button')) return true;
  const style = getComputedStyle(a);
  if (style.display === 'inline') return false;
  const filled = !/^(transparent|rgba\(0, 0, 0, 0\))$/.test(style.backgroundColor);
  const bordered = parseFloat(style.borderTopWidth) > 0 && style.borderTopStyle !== 'none' && parseFloat(style.borderBottomWidth) > 0;
  return filled || bordered;
}

const isButtonLike = (el: Element) =>
  el.localName === 'button' || el.getAttribute('role') === 'button' || (el.localName === 'a' && looksLikeButton(el));

// ---------------------------------------------------------------------------
// The geometric checks (1 to 4)

interface Box {
  left: number;
  right: number;
  name: string;
}

/**
 * Checks 1 to 4 on `host` as it is rendered now. `cards`: which elements are cards, for the rows check; each card's
 * box is its `[part~="card"]` when it has one (the visible card), else the element itself.
 */
export function layoutFailures(host: Element, { cards = CARDS }: { cards?: string } = {}): Failure[] {
  const failures: Failure[] = [];
  const fail = (check: Check, message: string) => failures.push({ check, message });
  const hostRect = host.getBoundingClientRect();
  const viewport: Box = { left: 0, right: document.documentElement.clientWidth, name: 'the window' };

  if (host.scrollWidth > host.clientWidth + SLACK) fail('overflow', `${host.localName} scrolls sideways: its content is ${host.scrollWidth} px wide in ${host.clientWidth} px`);

  const found: Element[] = [];
  /** Overflow: an element or a text run past `box`; only the outermost element is named, with how many inside it also stick out. */
  const walk = (el: Element, box: Box, reported: { count: number } | undefined, inTextBlock: boolean) => {
    const seen = visibility(el);
    if (seen === 'skip') return;
    let innerBox = box;
    let inner = reported;
    let textBlock = inTextBlock;
    if (seen === 'visible') {
      found.push(el);
      const rect = el.getBoundingClientRect();
      // An open modal dialog sits in the top layer: it must fit the window (below), and what is in it must fit it.
      const modal = el.localName === 'dialog' && el.matches(':modal');
      const past = modal ? 0 : Math.max(rect.right - box.right, box.left - rect.left);
      if (past > SLACK) {
        if (reported) reported.count++;
        else {
          inner = { count: 0 };
          const side = rect.right - box.right > SLACK ? 'right' : 'left';
          const message = () => `${describeElement(el)} sticks out ${Math.round(past)} px past the ${side} edge of ${box.name} (${Math.round(rect.width)} px wide in ${Math.round(box.right - box.left)} px)`;
          const counter = inner;
          failures.push({
            check: 'overflow',
            get message() {
              return message() + (counter.count ? `, and ${counter.count} element(s) inside it` : '');
            },
          });
        }
      }
      // Text that runs out of its own box without its box moving (a long word).
      if (!inner) {
        for (const child of el.childNodes) {
          if (child.nodeType !== Node.TEXT_NODE || !(child as Text).data.trim()) continue;
          const rects = textRects(child as Text);
          const over = Math.max(0, ...rects.map((r) => Math.max(r.right - box.right, box.left - r.left)));
          if (over > SLACK) fail('overflow', `the text “${(child as Text).data.trim().slice(0, 30)}” of ${describeElement(el)} runs ${Math.round(over)} px past the edge of ${box.name}`);
        }
      }
      if (modal) {
        const d = el as HTMLDialogElement;
        if (rect.right > viewport.right + SLACK || rect.left < -SLACK) fail('overflow', `${describeElement(d)} is ${Math.round(rect.width)} px wide in a ${viewport.right} px window`);
        if (d.scrollWidth > d.clientWidth + SLACK) fail('overflow', `${describeElement(d)} scrolls sideways: its content is ${d.scrollWidth} px wide in ${d.clientWidth} px`);
        innerBox = { left: rect.left + d.clientLeft, right: rect.left + d.clientLeft + d.clientWidth, name: 'the dialog' };
        inner = undefined;
      }
      // A name from the catalogue may wrap: in a heading, or marked as an entry's name (`.entry`, a city card's lists).
      if (isButtonLike(el) && !el.closest(HEADINGS) && !el.matches('.entry')) {
        const lines = linesOf(el);
        if (lines > 1) fail('button-wrap', `${describeElement(el)} wraps to ${lines} lines (${Math.round(rect.width)} px wide)`);
      }
      if (!textBlock && el.matches(TEXT_BLOCKS) && rect.width < NARROW) {
        const words = wordsOf(el);
        const lines = words > 2 ? linesOf(el) : 1;
        if (words > 2 && lines > 1) {
          fail('narrow-text', `${describeElement(el)} is ${Math.round(rect.width)} px wide and wraps ${words} words onto ${lines} lines`);
          textBlock = true; // its own p, li inside say the same
        }
      }
    }
    for (const child of childrenOf(el)) walk(child, innerBox, inner, textBlock);
  };
  for (const child of childrenOf(host)) walk(child, { left: hostRect.left, right: hostRect.right, name: host.localName }, undefined, false);

  failures.push(...unevenRows(found.filter((el) => el.matches(cards))));
  return failures;
}

/** The visible card of a card element. */
const cardBox = (card: Element) => (card.shadowRoot?.querySelector('[part~="card"]') ?? card).getBoundingClientRect();
const cardName = (card: Element) => {
  const heading = card.shadowRoot?.querySelector(HEADINGS) ?? card.querySelector(HEADINGS);
  return (heading ?? card).textContent!.replace(/\s+/g, ' ').trim().slice(0, 40);
};

/**
 * Check 4: cards whose tops are level (±1 px) must end level (±1 px). Only cards the browser has laid out:
 * cards far out of view skip layout (`content-visibility: auto` in the grid) and keep a placeholder size
 * until scrolled to, when they are laid out like the others.
 */
export function unevenRows(cards: Element[]): Failure[] {
  const rows = new Map<number, { card: Element; rect: DOMRect }[]>();
  for (const card of cards) {
    if (!card.checkVisibility({ contentVisibilityAuto: true })) continue;
    const rect = cardBox(card);
    const key = [...rows.keys()].find((top) => Math.abs(top - rect.top) <= SLACK) ?? rect.top;
    rows.set(key, [...(rows.get(key) ?? []), { card, rect }]);
  }
  const failures: Failure[] = [];
  for (const row of rows.values()) {
    if (row.length < 2) continue;
    const lowest = row.reduce((a, b) => (b.rect.bottom > a.rect.bottom ? b : a));
    const short = row.filter((c) => lowest.rect.bottom - c.rect.bottom > SLACK);
    if (short.length)
      failures.push({
        check: 'card-rows',
        message: `cards side by side end at different heights: ${short.map((c) => `“${cardName(c.card)}” ${Math.round(lowest.rect.bottom - c.rect.bottom)} px`).join(', ')} above “${cardName(lowest.card)}” (${row.length} ${row[0]!.card.localName} in the row)`,
      });
  }
  return failures;
}

// ---------------------------------------------------------------------------
// Check 5: axe-core

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: (string | string[])[]; any: { data?: { contrastRatio?: number; expectedContrastRatio?: string; fgColor?: string; bgColor?: string } }[] }[] }[];
}
declare global {
  interface Window {
    axe: { run(context: Element, options?: object): Promise<AxeResult> };
  }
}

/** axe-core's violations in `el` (its default rules, as `expect(el).to.be.accessible()` runs them), one sentence each. */
export async function axeFailures(el: Element): Promise<Failure[]> {
  const { violations } = await window.axe.run(el);
  return violations.map((v) => {
    const targets = v.nodes.slice(0, 3).map((node) => node.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : t)).join(' >>> '));
    const contrast = v.nodes[0]?.any.find((a) => a.data?.contrastRatio)?.data;
    const detail = contrast ? ` (first: ${contrast.contrastRatio} for ${contrast.fgColor} on ${contrast.bgColor}, needs ${contrast.expectedContrastRatio})` : '';
    return { check: 'axe', message: `${v.id} (${v.impact}): ${v.help}${detail}; ${v.nodes.length} node(s): ${targets.join(', ')}${v.nodes.length > 3 ? ', …' : ''}` };
  });
}
