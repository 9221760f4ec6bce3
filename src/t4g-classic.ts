/**
 * The classic-script entry (`dist/t4g.iife.js`): defines every element and
 * exports nothing, so it adds no global to the page. Languages other than
 * English load from the module build's files beside it (i18n/loaders.classic.ts).
 */
import './define-all.js';
