/**
 * What `t4g validate` finds in one file, and the submission page in what is
 * typed: validation's problems placed in the text, references looked at
 * again (the closest id of the right kind, the ones nothing could check), ids
 * the `--against` catalogue also uses, and a size the widgets would refuse.
 */
import { idSuggester } from '../key-suggestions.js';
import { DEFAULT_MAX_BYTES, formatBytes } from '../load.js';
import type { City, Solution } from '../schema.js';
import { type ValidatedCatalog, leftOutReference } from '../validation.js';
import { type CatalogFile, type ListKey, crossFileDuplicates, isCatalogShaped, ownProblem, withOthers } from './cross-file.js';
import { earlyChecks } from './early-checks.js';
import { type LeftOutAt, leftOutAt } from './left-out.js';
import { type Located, byPosition, isWarning, locate, locateAt } from './positions.js';
import { type Reference, lists, referencesIn, referencesOf, unknownReference } from './references.js';
import { type Loaded, type Source, checkCatalog, sourceFrom } from './source.js';

/** The file's own entries that passed (not the `--against` catalogue's), and the whole catalogue that names their tracks and cities. */
export interface OwnEntries {
  solutions: Solution[];
  cities: City[];
  catalog: ValidatedCatalog['catalog'];
}

export type FileReport =
  | { file: string; status: 'valid'; solutions: number; cities: number; problems: Located[]; entries: OwnEntries }
  | { file: string; status: 'problems'; problems: Located[]; entries?: OwnEntries }
  | { file: string; status: 'not-json'; problems: Located[] }
  | { file: string; status: 'unreadable'; reason: string };

/**
 * What the submission page shows of a check: the problems, the counts, and the first `previewed` valid entries of
 * each kind with what names their tracks and cities. Small enough to pass from a worker whatever the text's size.
 */
export interface CheckSummary {
  status: FileReport['status'];
  problems: Located[];
  solutions: number;
  cities: number;
  preview?: { solutions: Solution[]; cities: City[]; catalog: { version: 1; tracks: ValidatedCatalog['catalog']['tracks']; cities: City[]; solutions: Solution[] } };
}

export function summarize(report: FileReport, previewed: number): CheckSummary {
  const problems = report.status === 'unreadable' ? [] : report.problems;
  const entries = report.status === 'valid' || report.status === 'problems' ? report.entries : undefined;
  if (!entries) return { status: report.status, problems, solutions: 0, cities: 0 };
  const { catalog } = entries;
  return {
    status: report.status,
    problems,
    solutions: entries.solutions.length,
    cities: entries.cities.length,
    preview: {
      solutions: entries.solutions.slice(0, previewed),
      cities: entries.cities.slice(0, previewed),
      catalog: { version: 1, tracks: catalog.tracks, cities: catalog.cities, solutions: [] },
    },
  };
}

/** A file's bytes (one opened or dropped in the page), checked as `t4g validate` checks a file, UTF-8 first. */
export const checkBytes = (file: string, bytes: Uint8Array, against?: CatalogFile): FileReport => checkLoaded(sourceFrom(file, bytes), against);

/** A text typed or pasted (named `file` in messages), checked as `t4g validate` checks a file. */
export const checkText = (file: string, text: string, against?: CatalogFile): FileReport => checkBytes(file, new TextEncoder().encode(text), against);

/**
 * `against`: the catalogue the file will join (`--against`); its entries count as the file's for references. An entry
 * left out for an error still has its references and id checked (early-checks.ts), so that fixing the error does not
 * reveal a second problem in the same entry.
 */
export function checkLoaded(loaded: Loaded, against?: CatalogFile): FileReport {
  const { file } = loaded.status === 'loaded' ? loaded.source : loaded;
  if (loaded.status === 'unreadable') return { file, status: 'unreadable', reason: loaded.reason };
  if (loaded.status === 'not-json') return { file, status: 'not-json', problems: [loaded.error] };
  const { source } = loaded;
  const { problems, result, leftOut } = validateWith(source, against);
  const all = byPosition([...loaded.duplicateKeys, ...problems, ...sizeWarning(source)]);
  if (!result || !leftOut) return { file, status: 'problems', problems: all };
  // Counted in the file itself, not with the --against catalogue's entries.
  const own = <K extends 'solutions' | 'cities'>(key: K) => {
    const ids = ownIds(source.data, key);
    return result.catalog[key].filter((entry) => ids.has(entry.id)) as ValidatedCatalog['catalog'][K];
  };
  const entries = { solutions: own('solutions'), cities: own('cities'), catalog: result.catalog };
  if (!all.every(isWarning)) {
    const early = earlyChecks(source, all, entries, leftOut, against);
    return { file, status: 'problems', problems: early.length ? byPosition([...all, ...early]) : all, entries };
  }
  return { file, status: 'valid', solutions: entries.solutions.length, cities: entries.cities.length, problems: all, entries };
}

function ownIds(data: unknown, key: 'solutions' | 'cities'): Set<string> {
  const list = isCatalogShaped(data) ? data[key] : undefined;
  return new Set(Array.isArray(list) ? list.map((entry) => (entry as { id?: unknown } | null)?.id).filter((id): id is string => typeof id === 'string') : []);
}

function validateWith(source: Source, against: CatalogFile | undefined): { problems: Located[]; result?: ValidatedCatalog; leftOut?: LeftOutAt } {
  if (!isCatalogShaped(source.data)) return { problems: checkCatalog(source).problems };
  const mine: CatalogFile = { source, data: source.data };
  const data = against ? withOthers(mine, [mine, against]) : source.data;
  const { problems, result } = against ? checkCatalog(source, data, ownProblem(mine)) : checkCatalog(source);
  if (!result) return { problems };
  const duplicates = against ? crossFileDuplicates([against, mine]).get(source) ?? [] : [];
  const leftOut = leftOutAt(mine, data, result, against);
  return { problems: [...reviewReferences(problems, source, data, result, leftOut, against?.source.file), ...duplicates], result, leftOut };
}

/**
 * Unknown references get the closest id of their kind, or, naming an entry
 * left out for an error of its own, that error's line. A reference to a kind
 * of entry that neither the file nor `--against` lists was not checked by
 * validation (or was, against nothing): with `--against` it does not exist,
 * without it, it is a warning that it could not be checked.
 */
function reviewReferences(problems: Located[], source: Source, data: Record<string, unknown>, result: ValidatedCatalog, leftOut: LeftOutAt, against: string | undefined): Located[] {
  const references = referencesOf(source.data as Record<string, unknown>);
  // Maps and sets, and one suggester per list: a file may have tens of thousands of references.
  const byPath = new Map(references.map((reference) => [JSON.stringify(reference.path), reference]));
  const unlisted = new Set(references.filter((reference) => !lists(data, reference.list)));
  const suggesters = new Map<ListKey, (wanted: string) => string | undefined>();
  const closestTo = ({ list, id }: Reference) => {
    let suggest = suggesters.get(list);
    if (!suggest) suggesters.set(list, (suggest = idSuggester(result.catalog[list].map((entry) => entry.id))));
    return suggest(id);
  };
  const where = referencesIn(against);
  const unknown = (reference: Reference): Located => {
    const at = leftOut(reference.list, reference.id);
    const message = at ? leftOutReference(reference.noun, reference.id, at) : unknownReference(reference, where, closestTo(reference));
    return locate(source.text, source.tree, { path: reference.path, message, type: 'unknown-reference' });
  };
  const unchecked = (reference: Reference): Located =>
    locate(source.text, source.tree, { path: reference.path, message: `${reference.noun} \`${reference.id}\` was not checked: this file lists no ${reference.list}; check it with --against and the published catalogue`, type: 'unchecked-reference' });

  const reviewed = problems.flatMap((problem) => {
    if (problem.type !== 'unknown-reference') return [problem];
    const reference = byPath.get(JSON.stringify(problem.path));
    if (!reference) return [problem];
    return unlisted.has(reference) ? [] : [unknown(reference)];
  });
  return [...reviewed, ...[...unlisted].map(against ? unknown : unchecked)];
}

const bytes = (n: number) => `${n.toLocaleString('en-US')} bytes (${formatBytes(n)})`;

/** Larger than the widgets load by default: a page needs a larger `max-bytes`, or the catalogue split. */
function sizeWarning(source: Source): Located[] {
  if (source.bytes <= DEFAULT_MAX_BYTES) return [];
  const message = `this file is ${bytes(source.bytes)}, more than the ${bytes(DEFAULT_MAX_BYTES)} the widgets load by default: a page showing it needs a larger max-bytes attribute`;
  return [locateAt(source.text, 0, [], message, 'too-large')];
}
