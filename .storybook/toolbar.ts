import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { GlobalTypes } from 'storybook/internal/types';

/**
 * The toolbar's theme, language and page font, for every story: a designer checks a state in dark, in German or in
 * a serif without editing the story. Each story renders inside a frame that carries them:
 *   - language: `lang` on the frame; the widgets read it from their closest ancestor with one, so a story that sets
 *     `lang` on its widget keeps its own;
 *   - page font: `font-family` on the frame, as a city page's body would; a story that sets `--t4g-font-family`
 *     keeps its own (the token beats the inherited font);
 *   - theme: the `theme` attribute on every t4g-* element of the story that has none of its own (so the "Dark
 *     theme" stories stay dark), and `data-theme` on the frame, which preview-head.html darkens to match.
 */

const FONTS = {
  system: 'system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", Arial, sans-serif',
  serif: 'Georgia, "Times New Roman", Times, "Liberation Serif", serif',
  arial: 'Arial, "Liberation Sans", Helvetica, sans-serif',
  // Verdana's wide, open shapes; DejaVu Sans is its look-alike on Linux.
  humanist: 'Verdana, "DejaVu Sans", "Liberation Sans", sans-serif',
} as const;
type Font = keyof typeof FONTS;

export const globalTypes: GlobalTypes = {
  theme: {
    description: 'theme attribute of every t4g-* element of the story (unless the story sets one)',
    toolbar: {
      title: 'Theme',
      icon: 'contrast',
      dynamicTitle: true,
      items: [
        { value: 'light', title: 'Light', icon: 'sun' },
        { value: 'dark', title: 'Dark', icon: 'moon' },
        { value: 'auto', title: 'Auto (follows the OS)', icon: 'contrast' },
      ],
    },
  },
  lang: {
    description: "lang of the story's frame (a story's own lang wins)",
    toolbar: {
      title: 'Language',
      icon: 'globe',
      dynamicTitle: true,
      items: [
        { value: 'en', right: 'en', title: 'English' },
        { value: 'fr', right: 'fr', title: 'Français' },
        { value: 'de', right: 'de', title: 'Deutsch' },
        { value: 'es', right: 'es', title: 'Español' },
        { value: 'it', right: 'it', title: 'Italiano' },
        { value: 'pl', right: 'pl', title: 'Polski' },
        { value: 'nl', right: 'nl', title: 'Nederlands' },
      ],
    },
  },
  font: {
    description: "The page's font, which the widgets inherit (a story's own --t4g-font-family wins)",
    toolbar: {
      title: 'Page font',
      icon: 'paragraph',
      dynamicTitle: true,
      items: [
        { value: 'system', title: 'System sans' },
        { value: 'serif', title: 'Serif (Georgia, Times)' },
        { value: 'arial', title: 'Arial' },
        { value: 'humanist', title: 'Humanist (Verdana)' },
      ],
    },
  },
};

export const initialGlobals = { theme: 'light', lang: 'en', font: 'system' };

/** The elements whose theme came from the toolbar, not from the story: a new toolbar value replaces it. */
const fromToolbar = new WeakSet<Element>();
/** Per frame: its observer and the theme it hands out now. */
const frames = new WeakMap<HTMLElement, { theme: string; observer: MutationObserver }>();

function applyTheme(frame: HTMLElement) {
  const theme = frames.get(frame)?.theme;
  if (!theme) return;
  for (const el of frame.querySelectorAll('*')) {
    if (!el.localName.startsWith('t4g-')) continue;
    if (el.hasAttribute('theme') && !fromToolbar.has(el)) continue;
    fromToolbar.add(el);
    if (el.getAttribute('theme') !== theme) el.setAttribute('theme', theme);
  }
}

/**
 * Watches the frame for the story's elements: they are added after the frame itself renders, and some stories add
 * theirs later (after a loader, or in a wrapper). Nested widgets (a marketplace's cards) take the theme from theirs.
 */
function watch(frame: Element | undefined, theme: string) {
  if (!(frame instanceof HTMLElement)) return;
  let entry = frames.get(frame);
  if (!entry) {
    entry = { theme, observer: new MutationObserver(() => applyTheme(frame)) };
    entry.observer.observe(frame, { childList: true, subtree: true });
    frames.set(frame, entry);
  }
  entry.theme = theme;
  applyTheme(frame);
}

export const withToolbar: Decorator = (story, { globals }) => {
  const theme = String(globals.theme ?? 'light');
  const lang = String(globals.lang ?? 'en');
  const font = FONTS[globals.font as Font] ?? FONTS.system;
  return html`<div class="t4g-sb-frame" data-theme=${theme} lang=${lang} style="font-family: ${font}" ${ref((frame) => watch(frame, theme))}>${story()}</div>`;
};

/** The docs pages' "Show code": the story's own markup, without the frame above (Storybook renders it with every decorator). */
export const withoutFrame = (code: string): string => code.replace(/^\s*<div class="t4g-sb-frame"[^>]*>([\s\S]*)<\/div>\s*$/, '$1');
