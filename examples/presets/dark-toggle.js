// The dark-mode switch of the DSFR and Bootstrap example pages: sets the system's own attribute on <html> (the
// button's data-attribute), from ?dark in the address too, so that a test or a screenshot can open the dark page.
const button = document.querySelector('[data-dark-toggle]');
const name = button.dataset.attribute;
const set = (dark) => {
  document.documentElement.setAttribute(name, dark ? 'dark' : 'light');
  button.setAttribute('aria-pressed', String(dark));
};
set(new URLSearchParams(location.search).has('dark'));
button.addEventListener('click', () => set(document.documentElement.getAttribute(name) !== 'dark'));
