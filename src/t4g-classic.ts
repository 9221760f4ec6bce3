/**
 * The classic-script entry (`dist/t4g.iife.js`): defines every element and
 * exports nothing, so it adds no global to the page.
 */
import './define-all.js';
