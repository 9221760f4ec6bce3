import { badgeStyles, buttonStyles } from '../../styles/parts.js';

/**
 * The rules the detail shares with other elements. The dialog's own come with its view (solution-view.ts, a file
 * beside the bundles), which the element adopts once it has loaded: a closed dialog shows nothing to style.
 */
export const solutionDetailStyles = [buttonStyles, badgeStyles];
