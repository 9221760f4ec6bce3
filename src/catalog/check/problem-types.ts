/**
 * The stable names of what `t4g validate` reports (`"type"` in `--json`, one
 * per problem), and which of them are only warnings: they never fail a check.
 */
import type { ProblemType } from '../problems.js';

export type ReportType =
  | ProblemType
  /** A value of the wrong shape, a missing or unknown field (validation's problems without a type of their own). */
  | 'schema'
  | 'not-json'
  | 'not-utf8'
  | 'not-catalog'
  | 'duplicate-key'
  | 'unreadable'
  /** A reference to a kind of entry the file lists none of, checked against nothing (no `--against`). */
  | 'unchecked-reference'
  /** Larger than the widgets load by default (their `max-bytes`). */
  | 'too-large';

export type Severity = 'error' | 'warning';

const WARNINGS: ReadonlySet<ReportType> = new Set(['unchecked-reference', 'too-large']);

export const severityOf = (type: ReportType): Severity => (WARNINGS.has(type) ? 'warning' : 'error');
