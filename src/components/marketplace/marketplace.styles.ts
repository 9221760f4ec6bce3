import { css } from 'lit';

export const marketplaceStyles = css`
  .title {
    margin: 0 0 0.5em;
    font-size: var(--_font-size-title);
    line-height: 1.25;
  }
`;
