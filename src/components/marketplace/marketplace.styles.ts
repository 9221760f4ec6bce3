import { css } from 'lit';

export const marketplaceStyles = css`
  .title {
    margin: 0 0 0.5em;
    font-size: 1.4em;
    line-height: 1.25;
  }
`;
