import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseAst } from 'vite';
import { minifyCss, minifyHtml, templateEdits } from '../../scripts/minify-templates.js';

test('minifyCss drops comments, line breaks and the spaces no rule needs', () => {
  const css = `
    /* A comment, with: punctuation; { } */
    .a,
    .b > .c {
      color: var(--_text, #000);
      margin: 0 auto;
    }
    @media (min-width: 48em) and (prefers-color-scheme: dark) {
      .a { width: calc(100% - 2em); }
    }
  `;
  assert.equal(minifyCss(css), ' .a,.b > .c{color:var(--_text,#000);margin:0 auto}@media (min-width:48em) and (prefers-color-scheme:dark){.a{width:calc(100% - 2em)}}');
});

test('minifyCss keeps the space that makes a descendant combinator before a pseudo-class', () => {
  assert.equal(minifyCss('.card :focus-visible { outline: 2px solid; }'), '.card :focus-visible{outline:2px solid}');
  assert.equal(minifyCss(':host([theme="dark"]) ::slotted(*) { color: red; }'), ':host([theme="dark"]) ::slotted(*){color:red}');
});

test('minifyHtml turns whitespace with a line break into one space and leaves the rest', () => {
  const html = `<article part="card">
      <h3>\${0}</h3>
      <p class="provider">\${1} \${2}</p>
      <button
        type="button">  x  </button>
    </article>`;
  assert.equal(minifyHtml(html), '<article part="card"> <h3>${0}</h3> <p class="provider">${1} ${2}</p> <button type="button">  x  </button> </article>');
});

test('minifyHtml refuses <pre> and <textarea>, whose whitespace is content', () => {
  assert.throws(() => minifyHtml('<pre>\n  a\n</pre>'), /pre/);
  assert.throws(() => minifyHtml('<textarea>\n</textarea>'), /textarea/);
});

test('templateEdits touches only css`` and html`` text, never what ${} inserts or other strings', () => {
  const code = [
    'const a = css`\n  .x {\n    color: red;\n  }\n`;',
    'const b = html`<p>\n  ${`keep\n  this`}\n</p>`;',
    'const c = `\n  untagged\n`;',
    'const d = other`\n  tagged by something else\n`;',
    'const e = html`<ul>\n  ${items.map((i) => html`<li>\n    ${i}\n  </li>`)}\n</ul>`;',
  ].join('\n');
  const edits = templateEdits(code, parseAst(code) as never);
  let out = code;
  for (const { start, end, text } of edits.sort((x, y) => y.start - x.start)) out = out.slice(0, start) + text + out.slice(end);
  assert.equal(
    out,
    [
      'const a = css` .x{color:red}`;',
      'const b = html`<p> ${`keep\n  this`} </p>`;',
      'const c = `\n  untagged\n`;',
      'const d = other`\n  tagged by something else\n`;',
      'const e = html`<ul> ${items.map((i) => html`<li> ${i} </li>`)} </ul>`;',
    ].join('\n'),
  );
});
