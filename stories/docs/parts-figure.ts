/**
 * `<sb-parts-figure parts="title input card …">`: the live widget inside it, with the first visible element of each
 * named `::part()` outlined and numbered, for the For designers page. Drawn from the widget as it renders, so the
 * picture cannot drift from the code; a part the widget does not have (yet) is left out, and its number with it.
 *
 * Parts are looked up the way `::part()` sees them from the page: a nested widget's parts count only when its
 * `exportparts` passes them on, under the name it gives them (`title: card-title`).
 */

const COLOURS = ['#b3261e', '#6741d9', '#0b6e4f', '#8a4b00', '#1d4ed8', '#9d174d', '#0e7490', '#7c2d12', '#334155', '#86198f'];

/** The first element with a rendered box that the page would reach as `::part(name)` on `root`'s host. */
function findPart(root: ShadowRoot, name: string): Element | undefined {
  const all = [...root.querySelectorAll('*')];
  const shown = (el: Element) => el.getClientRects().length > 0;
  const own = all.find((el) => el.part.contains(name) && shown(el));
  if (own) return own;
  for (const host of all) {
    if (!host.shadowRoot) continue;
    // exportparts="card, title: card-title": which inner names the host passes on as `name`.
    const inner = (host.getAttribute('exportparts') ?? '')
      .split(',')
      .map((entry) => entry.split(':').map((word) => word.trim()))
      .filter(([from, to = from]) => from && to === name)
      .map(([from]) => from!);
    for (const innerName of inner) {
      const found = findPart(host.shadowRoot, innerName);
      if (found) return found;
    }
  }
  return undefined;
}

class PartsFigure extends HTMLElement {
  private layer?: HTMLElement;
  private frame = 0;
  private readonly resized = new ResizeObserver(() => this.schedule());

  connectedCallback() {
    if (!this.shadowRoot) {
      const root = this.attachShadow({ mode: 'open' });
      root.innerHTML = `<style>
        :host { display: block; position: relative; padding-top: 1.5em; }
        .layer { position: absolute; inset: 0; pointer-events: none; }
        .inside > .label { right: 3px; top: 3px; bottom: auto; }
        .box { position: absolute; outline: 2px dashed var(--c); outline-offset: 1px; }
        .label { position: absolute; right: -3px; bottom: calc(100% + 3px); padding: 0 0.35em; white-space: nowrap;
          font: bold 12px/1.5 system-ui, sans-serif; color: #fff; background: var(--c); border-radius: 3px; }
      </style><slot></slot><div class="layer" aria-hidden="true"></div>`;
      this.layer = root.querySelector<HTMLElement>('.layer')!;
    }
    this.resized.observe(this);
    for (const child of this.children) this.resized.observe(child);
    this.schedule();
  }

  disconnectedCallback() {
    this.resized.disconnect();
    cancelAnimationFrame(this.frame);
  }

  /** Redraws after the widget's own updates (a change of size: data arrived, a filter applied, a narrower page). */
  private schedule() {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.draw());
  }

  private draw() {
    const widget = this.firstElementChild;
    if (!widget?.shadowRoot || !this.layer) return;
    const origin = this.getBoundingClientRect();
    const names = (this.getAttribute('parts') ?? '').split(/\s+/).filter(Boolean);
    this.layer.replaceChildren(
      ...names.flatMap((name, i) => {
        const found = findPart(widget.shadowRoot!, name);
        if (!found) return [];
        const rect = found.getBoundingClientRect();
        const box = document.createElement('div');
        // Above the box's right end, where a field or a button rarely has text; inside the corner of a tall box
        // (a card), where the label would otherwise cover the element above it.
        box.className = rect.height > 64 ? 'box inside' : 'box';
        box.style.cssText = `--c: ${COLOURS[i % COLOURS.length]}; left: ${rect.left - origin.left - this.clientLeft}px; top: ${rect.top - origin.top - this.clientTop}px; width: ${rect.width}px; height: ${rect.height}px`;
        const label = document.createElement('span');
        label.className = 'label';
        label.textContent = `${i + 1} ${name}`;
        box.append(label);
        return [box];
      }),
    );
  }
}

/**
 * Registers `<sb-parts-figure>` (once). A function to call rather than an import for its side effect: package.json's
 * `sideEffects` list marks every other module as free of them, so the build would drop a bare `import './parts-figure'`.
 */
export function definePartsFigure(): string {
  if (!customElements.get('sb-parts-figure')) customElements.define('sb-parts-figure', PartsFigure);
  return 'sb-parts-figure';
}
