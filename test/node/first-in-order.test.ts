import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as fc from 'fast-check';
import { firstInOrder } from '../../src/catalog/first-in-order.js';

test('firstInOrder gives the first `count` members by ascending key, as sorting them all does', () => {
  fc.assert(
    fc.property(fc.uniqueArray(fc.nat(100_000), { maxLength: 400 }), fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 1, maxLength: 400 }), fc.nat(450), (members, keyParts, count) => {
      // Many equal first parts (as equal scores), ties broken by the member itself: keys are distinct, as the search's.
      const keyOf = (member: number) => keyParts[member % keyParts.length]! * 1e6 + member;
      const expected = [...members].sort((a, b) => keyOf(a) - keyOf(b)).slice(0, count);
      assert.deepEqual([...firstInOrder(members, count, keyOf)], expected);
    }),
  );
});

test('firstInOrder of members in descending order (each one replaces the worst kept) and of none', () => {
  const members = Array.from({ length: 5000 }, (_, i) => 5000 - i);
  assert.deepEqual([...firstInOrder(members, 5, (m) => m)], [1, 2, 3, 4, 5]);
  assert.deepEqual([...firstInOrder([], 12, (m) => m)], []);
  assert.deepEqual([...firstInOrder([3, 1, 2], 0, (m) => m)], []);
});
