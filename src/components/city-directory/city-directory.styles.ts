import { css } from 'lit';

export const cityDirectoryStyles = css`
  #results-heading {
    margin: 0;
    font-size: 1.15em;
  }
  .profile {
    display: grid;
    gap: 0.75em;
    justify-items: start;
  }
  .profile t4g-city-card {
    width: 100%;
  }
`;
