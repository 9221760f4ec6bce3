/**
 * The JSON editor of `<t4g-submission-preview>`: CodeMirror 6 with the JSON
 * language, line numbers, bracket matching and closing, undo history,
 * problems underlined where they are (set from outside: the element
 * validates), and completion and hover documentation from the catalogue's
 * JSON Schema (schema-help.ts).
 *
 * A trimmed set of CodeMirror's extensions rather than `basicSetup`: no search
 * panel, no folding, no multiple selections: 124.5 KB gzip against 137 KB with
 * the same completion and hover; dist/t4g-submit.js with this editor alone is
 * 121.6 KB, of a budget of 160 KB. `codemirror-json-schema` would have done
 * completion and hover too, but brings shiki, yaml and markdown-it (334 KB);
 * schema-help.ts reads our own generated schema in a few hundred lines.
 *
 * For screen readers, the editing area (CodeMirror's `.cm-content`, a
 * textbox) is `aria-invalid` while the problems set on it include an error,
 * and described by what the element names (`problemsSummary`, `hint`).
 *
 * Keyboard: Tab is not bound (no `indentWithTab`), so Tab and Shift+Tab move
 * focus out of the editor as from any field; Enter indents. Ctrl+Space opens
 * completion, F8 and Shift+F8 go to the next and previous problem and say it
 * (`announce`), Ctrl+Shift+M lists them (lint's panel), F2 says the schema's
 * help on the field at the caret and shows it as its tooltip (the hover's, so
 * the help is not for the mouse alone; `onField` also tells the element, which
 * shows it below the editor), Escape closes a tooltip, Ctrl+Z / Ctrl+Shift+Z
 * undo and redo.
 *
 * Colours come from the element's private tokens (`--_text`, `--_surface`,
 * `--_muted`, `--_link`, `--_border`, `--_focus`), so the editor follows the
 * widget's light or dark theme; the syntax colours are `light-dark()` pairs
 * of at least 6:1 on the default surfaces (checked in
 * test/browser/json-editor.test.ts). CodeMirror's own styles go into the
 * shadow root as constructed style sheets (EditorView's `root`), which a
 * page's Content-Security-Policy does not need `unsafe-inline` for.
 */
import { autocompletion, closeBrackets, closeBracketsKeymap, type Completion, insertCompletionText, pickedCompletion, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { json } from '@codemirror/lang-json';
import { bracketMatching, HighlightStyle, syntaxHighlighting, syntaxTree } from '@codemirror/language';
import { type Diagnostic, diagnosticCount, forEachDiagnostic, lintGutter, nextDiagnostic, openLintPanel, previousDiagnostic, setDiagnostics } from '@codemirror/lint';
import { EditorState, type Extension, StateEffect, StateField, type Text } from '@codemirror/state';
import {
  activateHover,
  closeHoverTooltips,
  type Command,
  drawSelection,
  EditorView,
  hasHoverTooltips,
  type HoverTooltipSource,
  highlightActiveLine,
  highlightActiveLineGutter,
  hoverTooltip,
  type KeyBinding,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import type { SyntaxNode } from '@lezer/common';
import { tags } from '@lezer/highlight';
import { helpText, type JsonPath, type JsonSchema, type KeyHelp, keyHelp, keysAt, valuesAt, valuesText } from './schema-help.js';

export type { JsonSchema, KeyHelp } from './schema-help.js';

/** A problem to underline, by offsets into the text (UTF-16 code units, as JavaScript strings count). */
export interface EditorProblem {
  from: number;
  to: number;
  message: string;
  severity: 'error' | 'warning';
  /** What a screen reader is told when F8 brings the caret to it (its place in the list, its field); by default its message. */
  spoken?: string;
}

export interface JsonEditorOptions {
  /** Where the editor goes: an element (in a shadow root or not) or a shadow root itself. */
  parent: HTMLElement | ShadowRoot;
  /** The text to start with. */
  doc: string;
  /** The JSON Schema that completion and hover read (catalog/catalog.schema.json). */
  schema: JsonSchema;
  /** The accessible name of the editing area. */
  label: string;
  /** Id(s), in the editor's root, of what describes the editing area at all times (a hint on its keys). */
  hint?: string;
  /**
   * Id(s), in the editor's root, of what describes it while it has problems (their summary). While any is an error,
   * the editing area is also `aria-invalid`.
   */
  problemsSummary?: string;
  /**
   * Tells screen readers `text`: the workshop's own polite live region, so that there is one voice for the page. By
   * default, CodeMirror's (`EditorView.announce`).
   */
  announce?(text: string): void;
  /**
   * Called with the field the caret is in (undefined: in none), a moment after the caret stops, when that field or
   * what the schema says of it changed: the workshop shows it beside the editor, so its help is not for the mouse alone.
   */
  onField?(field: FieldAtCaret | undefined): void;
  /** Called with the whole text after every change of it: typing, undo, `setText`. */
  onChange(text: string): void;
}

export interface JsonEditor {
  /** The CodeMirror view, for what this interface does not cover (tests start completion with it). */
  readonly view: EditorView;
  /** Replaces the whole text (a dropped file, a template) as one step that Ctrl+Z undoes; clears the problems (and the invalid state). Nothing when the text is the same. */
  setText(text: string): void;
  /** The current text. */
  text(): string;
  /**
   * Underlines these problems now, in place of the previous ones; ranges past the end are clipped. The editing area is
   * `aria-invalid` while any is an error, and described by `problemsSummary` while there are any.
   */
  setProblems(problems: readonly EditorProblem[]): void;
  /** Puts the caret at `offset` (clipped to the text), scrolls it into view and focuses the editor. */
  select(offset: number): void;
  /** Removes the editor. */
  destroy(): void;
}

// ---------------------------------------------------------------------------
// Where the caret is in the JSON: the syntax tree of @codemirror/lang-json.

/** Tokens a caret can be in or at the end of. */
const TOKENS = new Set(['PropertyName', 'String', 'Number', 'True', 'False', 'Null']);

/** What can go at the caret: a key of the object at `path`, or the value at `path`. */
export interface Slot {
  kind: 'key' | 'value';
  path: JsonPath;
  /** The range a completion replaces: the token being typed, or the caret. */
  from: number;
  to: number;
  /** The caret is in a token being typed (not just after a complete string, or in blank space). */
  typing: boolean;
  /** A key: the object's other keys. */
  present: readonly string[];
  /** A key: it already has its colon. */
  colon: boolean;
}

const keyOf = (name: SyntaxNode, doc: Text): string => {
  const text = doc.sliceString(name.from, name.to);
  try {
    return String(JSON.parse(text));
  } catch {
    return text.replace(/^"|"$/g, '');
  }
};

/** The index of the element of `array` at `pos`: how many commas come before it. */
const indexIn = (array: SyntaxNode, pos: number): number => array.getChildren(',').filter((comma) => comma.to <= pos).length;

/** The path of a value node (an Object or Array, or an error standing for one). */
function pathOf(node: SyntaxNode, doc: Text): (string | number)[] {
  const path: (string | number)[] = [];
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (parent.name === 'Property') {
      const name = parent.getChild('PropertyName');
      if (name) path.unshift(keyOf(name, doc));
    } else if (parent.name === 'Array') path.unshift(indexIn(parent, child.from));
  }
  return path;
}

const keySlot = (object: SyntaxNode, doc: Text, from: number, to: number, typing: boolean, name?: SyntaxNode): Slot => ({
  kind: 'key',
  path: pathOf(object, doc),
  from,
  to,
  typing,
  present: object.getChildren('Property').flatMap((property) => {
    const other = property.getChild('PropertyName');
    return other && other.from !== name?.from ? [keyOf(other, doc)] : [];
  }),
  colon: Boolean(name?.parent?.getChild(':')),
});

const valueSlot = (path: JsonPath, from: number, to: number, typing: boolean): Slot => ({ kind: 'value', path, from, to, typing, present: [], colon: false });

/** What can go at `pos` of `state`'s JSON text, or undefined (between a key and its colon, after a closing bracket…). */
export function slotAt(state: EditorState, pos: number): Slot | undefined {
  const doc = state.doc;
  let node: SyntaxNode | null = syntaxTree(state).resolveInner(pos, -1);
  let token: SyntaxNode | undefined;
  if (TOKENS.has(node.name) || (node.type.isError && node.from < node.to)) [token, node] = [node, node.parent];
  else if ((node.name === '}' || node.name === ']') && pos >= node.to) return undefined;
  else if (!['Object', 'Array', 'Property', 'JsonText'].includes(node.name)) node = node.parent;
  while (node?.type.isError) node = node.parent;
  if (!node) return undefined;
  const from = token?.from ?? pos;
  const to = token?.to ?? pos;
  // Just after a closed string, or in blank space, nothing is being typed: completion only when asked for.
  const text = token ? doc.sliceString(token.from, token.to) : '';
  const typing = Boolean(token) && (pos < to || !(text.length > 1 && text.startsWith('"') && text.endsWith('"')));
  switch (node.name) {
    case 'Property': {
      const object = node.parent;
      if (token?.name === 'PropertyName') return object ? keySlot(object, doc, from, to, typing, token) : undefined;
      const colon = node.getChild(':');
      const name = node.getChild('PropertyName');
      if (!colon || pos < colon.to || !name || !object) return undefined;
      return valueSlot([...pathOf(object, doc), keyOf(name, doc)], from, to, typing);
    }
    case 'Object': {
      if (!token) {
        const before = node.childBefore(pos);
        if (before && before.name !== '{' && before.name !== ',') return undefined;
      }
      return keySlot(node, doc, from, to, typing);
    }
    case 'Array':
      return valueSlot([...pathOf(node, doc), indexIn(node, pos)], from, to, typing);
    case 'JsonText':
      return valueSlot([], from, to, typing);
    default:
      return undefined;
  }
}

/** The field the caret is in: a key, its value, or anywhere in that value (an item of its list, a key of its object). */
export interface FieldAtCaret {
  /** Its path from the top: the path of its object, then its key. */
  path: JsonPath;
  key: string;
  /** Where its key is in the text. */
  from: number;
  to: number;
  /** What the schema says of it; undefined for a key the schema does not know there. */
  help?: KeyHelp;
}

const propertyOf = (node: SyntaxNode | null): SyntaxNode | null => {
  for (; node; node = node.parent) if (node.name === 'Property') return node;
  return null;
};

/**
 * The innermost field at `pos`: on either side of the caret (at the start of a key, at the end of a value), and just
 * after a comma (End on a line), the field the comma ends.
 */
export function fieldAt(schema: JsonSchema, state: EditorState, pos: number): FieldAtCaret | undefined {
  const tree = syntaxTree(state);
  const found = ([-1, 1] as const)
    .map((side) => {
      const node = tree.resolveInner(pos, side);
      return propertyOf(node.name === ',' ? node.prevSibling ?? node : node);
    })
    .filter((node): node is SyntaxNode => !!node?.getChild('PropertyName'))
    .sort((a, b) => a.to - a.from - (b.to - b.from))[0];
  const name = found?.getChild('PropertyName');
  if (!found || !name || !found.parent) return undefined;
  const path = pathOf(found.parent, state.doc);
  const key = keyOf(name, state.doc);
  const help = keyHelp(schema, path, key);
  return { path: [...path, key], key, from: name.from, to: name.to, ...(help ? { help } : {}) };
}

/** A field's help as one spoken paragraph: its key, required or not, type, description and values (without JSON's quotes). */
export function spokenHelp(field: FieldAtCaret | undefined): string {
  if (!field) return 'The cursor is in no field.';
  const { help, key } = field;
  if (!help) return `${key}: the catalogue has no such field here.`;
  const sentence = (text: string) => (/[.!?…)]$/.test(text) ? text : `${text}.`);
  return [
    sentence(`${key}, ${help.required ? 'required' : 'optional'}: ${help.type}`),
    ...(help.description ? [sentence(help.description)] : []),
    ...(help.values.length ? [sentence(`One of: ${valuesText(help, { plain: true })}`)] : []),
  ].join(' ');
}

// ---------------------------------------------------------------------------
// Completion and hover from the schema

/**
 * Completion of keys and values from `schema`: in a token being typed, or anywhere on Ctrl+Space.
 *
 * Options are filtered by what is typed between the quotes (`su` of `"su"`, so that the quotes
 * closeBrackets adds do not spoil the match), and replace the whole token, quotes and all: a key
 * becomes `"summary": ` (without the colon when it has one), a value its JSON text (`"free"`, `7`).
 */
export function schemaCompletion(schema: JsonSchema) {
  return (context: CompletionContext): CompletionResult | null => {
    const slot = slotAt(context.state, context.pos);
    if (!slot || (!slot.typing && !context.explicit)) return null;
    const token = context.state.sliceDoc(slot.from, slot.to);
    const open = token.startsWith('"');
    const closed = open && token.length > 1 && /(^|[^\\])(\\\\)*"$/.test(token.slice(1));
    // Options are matched against what is typed from the opening quote to the caret, and replace the
    // whole token: its quotes and what is after the caret too (`tail`, the same length while typing).
    const from = slot.from + Number(open);
    const to = Math.max(context.pos, from);
    const tail = slot.to - to;
    const apply = (text: string) => (view: EditorView, completion: Completion, start: number, end: number) =>
      view.dispatch({ ...insertCompletionText(view.state, text, start - Number(open), end + tail), annotations: pickedCompletion.of(completion) });
    const options: Completion[] =
      slot.kind === 'key'
        ? keysAt(schema, slot.path, slot.present).map((help, index) => ({
            label: help.key,
            ...(help.required ? { detail: 'required' } : {}),
            info: helpText(help),
            apply: apply(slot.colon ? JSON.stringify(help.key) : `${JSON.stringify(help.key)}: `),
            type: 'property',
            // Required keys first, then the schema's order (the list is not sorted by name).
            boost: (help.required ? 50 : 0) - Math.min(index, 49),
          }))
        : valuesAt(schema, slot.path).map((value) => {
            const parsed: unknown = JSON.parse(value);
            return { label: typeof parsed === 'string' ? parsed : value, apply: apply(value), type: typeof parsed === 'string' ? 'enum' : 'constant' };
          });
    if (!options.length) return null;
    // Just after a closed string (Ctrl+Space there), its closing quote is no prefix of anything: show every option.
    return { from, to, options, validFor: /^[^"\\\s]*$/, ...(closed && tail === 0 ? { filter: false } : {}) };
  };
}

/** A tooltip on a key with what the schema says of it: type, required, description, allowed values. */
export function schemaHover(schema: JsonSchema): HoverTooltipSource {
  return (view, pos, side) => {
    const node = syntaxTree(view.state).resolveInner(pos, side);
    const object = node.name === 'PropertyName' ? node.parent?.parent : undefined;
    if (!object) return null;
    const help = keyHelp(schema, pathOf(object, view.state.doc), keyOf(node, view.state.doc));
    if (!help) return null;
    return {
      pos: node.from,
      end: node.to,
      above: true,
      create: () => {
        const dom = document.createElement('div');
        dom.className = 'cm-t4g-help';
        dom.textContent = helpText(help);
        return { dom };
      },
    };
  };
}

// ---------------------------------------------------------------------------
// Looks

/** Syntax colours: light-dark() pairs, each at least 6:1 on the default light (#fff) and dark (#161a20) surfaces. */
const highlight = HighlightStyle.define([
  { tag: tags.propertyName, color: 'var(--_link)' },
  { tag: tags.string, color: 'light-dark(#116329, #7ee787)' },
  { tag: tags.number, color: 'light-dark(#8a4600, #f0b072)' },
  { tag: [tags.bool, tags.null], color: 'light-dark(#7339c4, #d2a8ff)' },
  { tag: [tags.separator, tags.brace, tags.squareBracket, tags.punctuation], color: 'var(--_muted)' },
  { tag: tags.invalid, color: 'var(--_text)', textDecoration: 'underline' },
]);

const tint = (percent: number, color = 'var(--_text)') => `color-mix(in srgb, ${color} ${percent}%, transparent)`;

const theme = EditorView.theme({
  // As tall as the box it is given (the element sizes it); the text scrolls inside.
  '&': {
    height: '100%',
    color: 'var(--_text)',
    backgroundColor: 'var(--_surface)',
    border: '1px solid var(--_border)',
    borderRadius: 'var(--_radius, 0.5em)',
  },
  // The widget's focus ring: its colour never doubles as an error colour.
  '&.cm-focused': { outline: 'var(--_focus-width, 0.1875em) solid var(--_focus)', outlineOffset: 'var(--_focus-offset, 0.125em)' },
  '.cm-scroller': { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace', lineHeight: '1.5' },
  '.cm-content': { caretColor: 'var(--_text)' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--_text)' },
  '.cm-gutters': { backgroundColor: 'var(--_surface)', color: 'var(--_muted)', borderRight: '1px solid var(--_border)', borderRadius: 'var(--_radius, 0.5em) 0 0 var(--_radius, 0.5em)' },
  '.cm-activeLine, .cm-activeLineGutter': { backgroundColor: tint(5) },
  '.cm-activeLineGutter': { color: 'var(--_text)' },
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection': {
    backgroundColor: tint(25, 'var(--_link)'),
  },
  '&.cm-focused .cm-matchingBracket': { backgroundColor: tint(20, 'var(--_link)'), outline: '1px solid var(--_link)' },
  '&.cm-focused .cm-nonmatchingBracket': { backgroundColor: 'transparent', outline: '1px dashed var(--_text)' },
  '.cm-tooltip': { color: 'var(--_text)', backgroundColor: 'var(--_surface)', border: '1px solid var(--_border)', borderRadius: '0.25em' },
  '.cm-tooltip-autocomplete ul li[aria-selected]': { color: 'var(--_surface)', backgroundColor: 'var(--_link)' },
  '.cm-tooltip-autocomplete ul li[aria-selected] .cm-completionDetail': { color: 'inherit' },
  '.cm-completionDetail': { color: 'var(--_muted)', fontStyle: 'normal' },
  '.cm-completionInfo': { maxWidth: '24em', whiteSpace: 'pre-line' },
  '.cm-t4g-help': { maxWidth: '28em', padding: '0.25em 0.5em', whiteSpace: 'pre-line' },
  '.cm-diagnostic': { color: 'var(--_text)' },
});

// ---------------------------------------------------------------------------

/** How many problems the editor shows, and how many of them are errors: its `aria-invalid` and `aria-describedby`. */
interface ProblemCounts {
  all: number;
  errors: number;
}

const setProblemCounts = StateEffect.define<ProblemCounts>();

const problemCounts = StateField.define<ProblemCounts>({
  create: () => ({ all: 0, errors: 0 }),
  update: (value, tr) => tr.effects.reduce((counts, effect) => (effect.is(setProblemCounts) ? effect.value : counts), value),
});

/**
 * The editing area's name, and its state for screen readers: invalid while it has errors (WCAG 3.3.1), described by
 * the problems' summary while it has problems, and by its hint always. The problems stay until the next check says
 * otherwise, as their underlines do.
 */
const contentAttributes = (options: JsonEditorOptions) =>
  EditorView.contentAttributes.compute([problemCounts], (state) => {
    const { all, errors } = state.field(problemCounts);
    const describedBy = [all ? options.problemsSummary : undefined, options.hint].filter(Boolean).join(' ');
    return { 'aria-label': options.label, ...(describedBy ? { 'aria-describedby': describedBy } : {}), ...(errors ? { 'aria-invalid': 'true' } : {}) };
  });

const countsOf = (problems: readonly EditorProblem[]): ProblemCounts => ({ all: problems.length, errors: problems.filter((p) => p.severity === 'error').length });

/** Offsets of `problems` clipped to a text of `length`, in order, as @codemirror/lint's diagnostics; `spoken` gets what each says. */
const diagnostics = (problems: readonly EditorProblem[], length: number, spoken: WeakMap<Diagnostic, string>): Diagnostic[] =>
  problems
    .map((problem) => {
      const [from, to] = [problem.from, problem.to].map((offset) => Math.max(0, Math.min(length, Math.trunc(offset) || 0))).sort((a, b) => a - b) as [number, number];
      const diagnostic: Diagnostic = { from, to, message: problem.message, severity: problem.severity };
      spoken.set(diagnostic, problem.spoken ?? problem.message);
      return diagnostic;
    })
    .sort((a, b) => a.from - b.from || a.to - b.to);

/**
 * F8 and Shift+F8 (lint's next and previous problem), then what they reached said: @codemirror/lint selects the
 * problem and shows its tooltip, which no screen reader hears. Each problem at the selection is said (two problems can
 * share a place); F8 on the only problem says it again; with none, that there are none.
 */
function goToProblem(move: Command, say: (text: string) => void, spoken: WeakMap<Diagnostic, string>): Command {
  return (view) => {
    if (!diagnosticCount(view.state)) {
      say('No problems.');
      return true;
    }
    move(view);
    const { from, to } = view.state.selection.main;
    const here: string[] = [];
    forEachDiagnostic(view.state, (diagnostic, start, end) => {
      if (start === from && end === to) here.push(spoken.get(diagnostic) ?? diagnostic.message);
    });
    if (here.length) say(here.join(' '));
    return true;
  };
}

/**
 * F2: the help of the field at the caret, said, and shown as its hover tooltip at its key, so that it is neither for
 * the mouse alone nor for the eyes alone. The tooltip closes when the caret moves or the text changes, or on Escape.
 */
function readFieldHelp(schema: JsonSchema, help: Extension, say: (text: string) => void): Command {
  return (view) => {
    const field = fieldAt(schema, view.state, view.state.selection.main.head);
    say(spokenHelp(field));
    if (field?.help) activateHover(view, field.from + 1, 1, { tooltip: help, until: (tr) => tr.docChanged || !!tr.selection });
    return true;
  };
}

/** Escape closes a tooltip opened by F2, F8 or the mouse (WCAG 1.4.13); without one, Escape does what it did. */
const closeTooltips: Command = (view) => {
  if (!hasHoverTooltips(view.state)) return false;
  view.dispatch({ effects: closeHoverTooltips });
  return true;
};

/** The problems' keys: lint's own (Ctrl/Cmd+Shift+M lists them, F8), F8 and Shift+F8 saying where they went. */
const problemKeys = (say: (text: string) => void, spoken: WeakMap<Diagnostic, string>): KeyBinding[] => [
  { key: 'Mod-Shift-m', run: openLintPanel, preventDefault: true },
  { key: 'F8', run: goToProblem(nextDiagnostic, say, spoken), preventDefault: true },
  { key: 'Shift-F8', run: goToProblem(previousDiagnostic, say, spoken), preventDefault: true },
];

/** How long the caret rests before the field it is in is told (`onField`): arrowing through lines does not redraw the help at each. */
const FIELD_PAUSE = 200;

/** A CodeMirror JSON editor in `options.parent` (see the file's comment). */
export function createJsonEditor(options: JsonEditorOptions): JsonEditor {
  const { parent, schema, onChange } = options;
  const root = parent instanceof ShadowRoot ? parent : (parent.getRootNode() as Document | ShadowRoot);
  const spoken = new WeakMap<Diagnostic, string>();
  const say = options.announce ?? ((text: string) => view.dispatch({ effects: EditorView.announce.of(text) }));
  const help = hoverTooltip(schemaHover(schema));
  // The field at the caret, told to onField once the caret rests (not on each key), and only when it changed.
  let fieldTimer: ReturnType<typeof setTimeout> | undefined;
  let lastField: string | undefined;
  const tellField = () => {
    const field = fieldAt(schema, view.state, view.state.selection.main.head);
    const seen = field ? JSON.stringify([field.path, field.help]) : undefined;
    if (seen === lastField) return;
    lastField = seen;
    options.onField?.(field);
  };
  const view: EditorView = new EditorView({
    parent,
    root: root instanceof ShadowRoot || root instanceof Document ? root : document,
    state: EditorState.create({
      doc: options.doc,
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        history(),
        drawSelection(),
        highlightActiveLine(),
        bracketMatching(),
        closeBrackets(),
        json(),
        syntaxHighlighting(highlight),
        lintGutter(),
        autocompletion({ override: [schemaCompletion(schema)], icons: false }),
        help,
        keymap.of([
          { key: 'F2', run: readFieldHelp(schema, help, say), preventDefault: true },
          { key: 'Escape', run: closeTooltips },
          ...closeBracketsKeymap,
          ...defaultKeymap,
          ...historyKeymap,
          ...problemKeys(say, spoken),
        ]),
        EditorView.lineWrapping,
        problemCounts,
        contentAttributes(options),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) onChange(update.state.doc.toString());
          if (options.onField && (update.docChanged || update.selectionSet)) {
            clearTimeout(fieldTimer);
            fieldTimer = setTimeout(tellField, FIELD_PAUSE);
          }
        }),
        theme,
      ],
    }),
  });
  return {
    view,
    setText(text) {
      if (text === view.state.doc.toString()) return;
      view.dispatch({
        changes: { from: 0, to: view.state.doc.length, insert: text },
        selection: { anchor: 0 },
        scrollIntoView: true,
        effects: [setDiagnostics(view.state, []).effects ?? [], setProblemCounts.of(countsOf([]))].flat(),
        userEvent: 'input.replace',
      });
    },
    text: () => view.state.doc.toString(),
    setProblems(problems) {
      view.dispatch(setDiagnostics(view.state, diagnostics(problems, view.state.doc.length, spoken)), { effects: setProblemCounts.of(countsOf(problems)) });
    },
    select(offset) {
      const anchor = Math.max(0, Math.min(view.state.doc.length, Math.trunc(offset) || 0));
      view.dispatch({ selection: { anchor }, scrollIntoView: true });
      view.focus();
    },
    destroy: () => {
      clearTimeout(fieldTimer);
      view.destroy();
    },
  };
}
