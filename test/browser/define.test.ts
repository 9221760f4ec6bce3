import { expect } from '@open-wc/testing';
import { defineOnce } from '../../src/define.js';
import { VERSION } from '../../src/version.js';
import { recordWarnings } from './helpers.js';

describe('defineOnce', () => {
  it('defines a tag once; a second copy of the same version neither throws nor warns', () => {
    const warnings = recordWarnings();
    try {
      class First extends HTMLElement {}
      class Second extends HTMLElement {}
      defineOnce('t4g-test-once', First);
      defineOnce('t4g-test-once', Second);
      expect(customElements.get('t4g-test-once')).to.equal(First);
      expect(warnings.messages).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });

  it('warns, naming both versions, when another version got there first', () => {
    class Older extends HTMLElement {
      static t4gVersion = '0.0.1';
    }
    customElements.define('t4g-test-versions', Older);
    const warnings = recordWarnings();
    try {
      defineOnce('t4g-test-versions', class extends HTMLElement {});
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('0.0.1').and.to.contain(VERSION);
    } finally {
      warnings.restore();
    }
  });
});
