/** `t4g validate`'s check of one file: read here, checked by the data core (catalog/check). */
import { type FileReport, checkLoaded } from '../catalog/check/check-source.js';
import type { CatalogFile } from '../catalog/check/cross-file.js';
import { loadSource } from './source.js';

export type { FileReport };

/** `against`: the catalogue the file will join (`--against`); its entries count as the file's for references. */
export const checkFile = (file: string, against?: CatalogFile): FileReport => checkLoaded(loadSource(file), against);
