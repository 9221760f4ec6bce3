import type { LitElement, ReactiveController } from 'lit';
import type { Range } from '../catalog/search.js';

/** The highlight search matches are painted with: style it as `::highlight(t4g-match)` inside a shadow root. */
export const MATCH_HIGHLIGHT = 't4g-match';

/** An element whose text is one text node, and the ranges of it to paint. */
export type MatchedText = readonly [element: Element | null | undefined, ranges: readonly Range[] | undefined];

/**
 * Paints search matches with the CSS Custom Highlight API rather than
 * wrapping them in `<mark>`. Why: a keystroke changes the matches of every
 * card shown; as `<mark>`s they are inline elements that are created and laid
 * out again, as highlights they are only painted (bench/README.md has the
 * figures), and each field stays one text node.
 *
 * One `Highlight`, registered under MATCH_HIGHLIGHT in the registry of the
 * window that loaded the library, holds the ranges of every host; each host
 * adds and removes its own (after each update while on the page, and when it
 * leaves or rejoins it). If the page clears the registry, the next host to
 * paint registers the same highlight again, with every host's ranges.
 * Browsers without the API show the text without highlights.
 */
export class MatchHighlight implements ReactiveController {
  private ranges: StaticRange[] = [];
  /** The highlight this host's ranges were added to. */
  private highlight?: Highlight;

  /** @param texts The host's highlighted texts, read after each update. */
  constructor(
    private readonly host: LitElement,
    private readonly texts: () => readonly MatchedText[],
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.host.hasUpdated) this.hostUpdated();
  }

  hostDisconnected(): void {
    this.paint([]);
  }

  hostUpdated(): void {
    // A host off the page (Lit still updates it) keeps no ranges: they would hold it in memory. It paints when it returns.
    if (!this.host.isConnected) return;
    const ranges: StaticRange[] = [];
    for (const [element, matches] of this.texts()) {
      // The text a Lit child binding renders is the element's last child.
      const text = element?.lastChild;
      if (text?.nodeType !== 3) continue;
      for (const [start, end] of matches ?? []) {
        if (end > start && end <= (text as Text).length) ranges.push(new StaticRange({ startContainer: text, startOffset: start, endContainer: text, endOffset: end }));
      }
    }
    this.paint(ranges);
  }

  private paint(ranges: StaticRange[]): void {
    const registry = globalThis.CSS?.highlights;
    if (!registry) return;
    for (const range of this.ranges) this.highlight?.delete(range);
    let highlight = registry.get(MATCH_HIGHLIGHT);
    if (!highlight) registry.set(MATCH_HIGHLIGHT, (highlight = ours ??= new Highlight()));
    for (const range of ranges) highlight.add(range);
    this.highlight = highlight;
    this.ranges = ranges;
  }
}

/** The library's highlight, kept to be registered again, with every host's ranges, if the page clears the registry. */
let ours: Highlight | undefined;
