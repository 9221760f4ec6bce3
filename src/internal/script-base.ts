/**
 * The classic script's own address, to load the files that sit beside it
 * (language tables, the stepped JSON parser). Known only while the script
 * runs for the first time, which is when this module's top level runs.
 */
export const scriptBase = (document.currentScript as HTMLScriptElement | null)?.src || document.baseURI;
