import { css } from 'lit';

export const cityDirectoryStyles = css`
  .profile {
    display: grid;
    gap: 0.75em;
    justify-items: start;
  }
  /* "Back to cities" and "Copy link" on one line (a narrow widget: one under the other). */
  .profile .bar {
    justify-self: stretch;
    margin: 0;
  }
  .share {
    margin: 0;
  }
  .profile t4g-city-card {
    width: 100%;
  }
`;
