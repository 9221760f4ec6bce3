/** Why a catalogue could not be used at all (the widget shows the message and a retry button). */
export type CatalogErrorKind = 'network' | 'http' | 'not-json' | 'not-catalog' | 'too-large' | 'timeout';

export class CatalogError extends Error {
  override name = 'CatalogError';
  constructor(
    readonly kind: CatalogErrorKind,
    message: string,
    /** Where in the text a JSON syntax error is, when known (1-based). */
    readonly position?: { line: number; column: number; offset: number },
    /** What went wrong underneath (a failed import's own error), for the console. */
    cause?: unknown,
  ) {
    super(message, cause === undefined ? undefined : { cause });
  }
}

/** What an exception says (its message), for a sentence of ours about it. */
export const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));
