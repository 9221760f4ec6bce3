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
  .image {
    width: calc(100% + 2 * var(--_space));
    margin: calc(-1 * var(--_space)) calc(-1 * var(--_space)) 0;
    aspect-ratio: 16 / 5;
    object-fit: cover;
    border-radius: var(--_radius) var(--_radius) 0 0;
  }
  .placeholder {
    aspect-ratio: auto;
    height: 0.4em;
    background: linear-gradient(135deg, color-mix(in srgb, var(--_brand) 14%, var(--_surface)), color-mix(in srgb, var(--_brand) 4%, var(--_surface)));
  }
  h3 {
    margin: 0;
    font-size: 1.15em;
    line-height: 1.3;
  }
  .name {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_brand);
    font: inherit;
    font-weight: bold;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    overflow-wrap: anywhere;
    cursor: pointer;
  }
  .name:hover {
    text-decoration-thickness: 0.12em;
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
  mark {
    background: var(--t4g-color-highlight, #fff0a8);
    color: inherit;
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
  .problem {
    margin: 0;
    padding: var(--_space);
    border: 2px solid var(--t4g-color-warning, #b45309);
    border-radius: var(--_radius);
  }
`;
