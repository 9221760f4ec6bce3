/**
 * `fire()`: every event bubbles and crosses shadow roots, and its detail's
 * type follows from its name. The `@ts-expect-error` lines are the type
 * tests: `npm run typecheck` fails if a wrong detail compiles.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type T4gEventDetail, fire } from '../../src/events.js';

test('fire dispatches a bubbling, composed CustomEvent with the detail given', () => {
  const target = new EventTarget();
  const seen: CustomEvent[] = [];
  target.addEventListener('t4g-select', (event) => seen.push(event as CustomEvent));
  fire(target, 't4g-select', { solutionId: 'bike-sharing' });
  assert.equal(seen.length, 1);
  assert.deepEqual(seen[0]!.detail, { solutionId: 'bike-sharing' });
  assert.equal(seen[0]!.bubbles, true);
  assert.equal(seen[0]!.composed, true);
});

test('each event carries its own detail', () => {
  const target = new EventTarget();
  const details: [string, unknown][] = [];
  for (const type of ['t4g-select', 't4g-city-select', 't4g-error', 't4g-close']) target.addEventListener(type, (event) => details.push([type, (event as CustomEvent).detail]));
  const select: T4gEventDetail<'t4g-select'> = { solutionId: 'a' };
  fire(target, 't4g-select', select);
  fire(target, 't4g-city-select', { cityId: 'porto' });
  fire(target, 't4g-error', { message: 'No catalogue', kind: 'network' });
  fire(target, 't4g-close', undefined);
  assert.deepEqual(details, [
    ['t4g-select', { solutionId: 'a' }],
    ['t4g-city-select', { cityId: 'porto' }],
    ['t4g-error', { message: 'No catalogue', kind: 'network' }],
    ['t4g-close', null],
  ]);
});

/** Never run: `tsc` checks that each wrong call fails to compile (an unused @ts-expect-error is an error). */
export function wrongDetailsDoNotCompile(target: EventTarget) {
  // @ts-expect-error: a city's detail on a solution's event
  fire(target, 't4g-select', { cityId: 'porto' });
  // @ts-expect-error: an error kind that does not exist
  fire(target, 't4g-error', { message: 'x', kind: 'teapot' });
  // @ts-expect-error: not an event of the library
  fire(target, 't4g-unknown', {});
  // @ts-expect-error: a detail missing its field
  fire(target, 't4g-city-select', {});
}
