import { expect } from '@open-wc/testing';
import { defineOnce } from '../../src/define.js';
import { VERSION } from '../../src/version.js';

describe('defineOnce', () => {
  it('defines a tag once; a second copy of the same version neither throws nor warns', () => {
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      class First extends HTMLElement {}
      class Second extends HTMLElement {}
      defineOnce('t4g-test-once', First);
      defineOnce('t4g-test-once', Second);
      expect(customElements.get('t4g-test-once')).to.equal(First);
      expect(warnings).to.deep.equal([]);
    } finally {
      console.warn = warn;
    }
  });

  it('warns, naming both versions, when another version got there first', () => {
    class Older extends HTMLElement {
      static t4gVersion = '0.0.1';
    }
    customElements.define('t4g-test-versions', Older);
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (message: string) => warnings.push(message);
    try {
      defineOnce('t4g-test-versions', class extends HTMLElement {});
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('0.0.1').and.to.contain(VERSION);
    } finally {
      console.warn = warn;
    }
  });
});
