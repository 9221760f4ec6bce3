import { css } from 'lit';

export const cityDirectoryStyles = css`
  .profile {
    display: grid;
    gap: 0.75em;
    justify-items: start;
  }
  .profile t4g-city-card {
    width: 100%;
  }
`;
