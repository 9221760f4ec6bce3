import { css } from 'lit';

export const cityCardStyles = css`
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
    width: 100%;
    max-height: 16em;
    object-fit: cover;
    border-radius: var(--_radius);
  }
  h3 {
    margin: 0;
    font-size: 1.2em;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  h4 {
    margin: 0.75em 0 0.25em;
    font-size: 1em;
  }
  p {
    margin: 0;
    overflow-wrap: anywhere;
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
    cursor: pointer;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    color: var(--_muted);
  }
  .tagline {
    font-style: italic;
  }
  .population {
    color: var(--_muted);
    font-size: 0.9em;
  }
  ul {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  ul.tracks,
  ul.buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
    padding: 0;
    list-style: none;
  }
  .practices {
    display: grid;
    gap: 0.75em;
    padding: 0;
    list-style: none;
  }
  .practices li {
    display: grid;
    gap: 0.25em;
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_border);
  }
  .badge {
    padding: 0.1em 0.6em;
    border: 1px solid var(--_brand);
    border-radius: 1em;
    color: var(--_brand);
    font-size: 0.8em;
  }
  .role {
    background: var(--_brand);
    color: var(--t4g-color-on-brand, #ffffff);
  }
  button {
    padding: 0.2em 0.7em;
    border: 1px solid var(--_brand);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_brand);
    font: inherit;
    cursor: pointer;
  }
  .uses button {
    margin: 0.15em 0.25em 0 0;
  }
  a {
    color: var(--_brand);
  }
  .problem {
    padding: var(--_space);
    border: 2px solid var(--t4g-color-warning, #b45309);
    border-radius: var(--_radius);
  }
`;
