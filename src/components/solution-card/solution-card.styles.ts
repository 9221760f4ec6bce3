import { css } from 'lit';

export const solutionCardStyles = css`
  article {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    height: 100%;
    padding: var(--_space);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
  }
  h3 {
    margin: 0;
    font-size: 1.15em;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .provider,
  .facts {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .summary {
    margin: 0;
    overflow-wrap: anywhere;
  }
  ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .badge {
    padding: 0.1em 0.6em;
    border: 1px solid var(--_brand);
    border-radius: 1em;
    color: var(--_brand);
    font-size: 0.8em;
  }
`;
