/** Where the caret is in the JSON (json-editor.ts's slotAt, on the Lezer tree of @codemirror/lang-json): a key or a value, at which path. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { json } from '@codemirror/lang-json';
import { EditorState } from '@codemirror/state';
import { slotAt } from '../../src/components/submission-preview/json-editor.js';

/** The slot at the `|` of `marked`, without the `|`. */
function slot(marked: string) {
  const pos = marked.indexOf('|');
  const state = EditorState.create({ doc: marked.replace('|', ''), extensions: [json()] });
  const found = slotAt(state, pos);
  return found && { kind: found.kind, path: found.path, text: state.sliceDoc(found.from, found.to), typing: found.typing, present: found.present, colon: found.colon };
}

test('a key: in blank space after { or a comma, in a key being typed, with or without quotes', () => {
  assert.deepEqual(slot('{"solutions": [{"id": "a", |}]}'), { kind: 'key', path: ['solutions', 0], text: '', typing: false, present: ['id'], colon: false });
  assert.deepEqual(slot('{"solutions": [{"id": "a", "su|"}]}'), { kind: 'key', path: ['solutions', 0], text: '"su"', typing: true, present: ['id'], colon: false });
  assert.deepEqual(slot('{"solutions": [{"id": "a", su|}]}'), { kind: 'key', path: ['solutions', 0], text: 'su', typing: true, present: ['id'], colon: false });
  assert.deepEqual(slot('{"solutions": [{"su|'), { kind: 'key', path: ['solutions', 0], text: '"su', typing: true, present: [], colon: false });
  assert.deepEqual(slot('{"a": 1, "solutions": [{}, {"provider": {"na|": 1}}]}'), { kind: 'key', path: ['solutions', 1, 'provider'], text: '"na"', typing: true, present: [], colon: true });
  assert.deepEqual(slot('{|}')?.path, []);
});

test('a value: after a colon, in an array, in a value being typed', () => {
  assert.deepEqual(slot('{"solutions": [{"pricing": |}]}'), { kind: 'value', path: ['solutions', 0, 'pricing'], text: '', typing: false, present: [], colon: false });
  assert.deepEqual(slot('{"solutions": [{"pricing": "fr|"}]}')?.text, '"fr"');
  assert.deepEqual(slot('{"solutions": [{"trl": 7|}]}'), { kind: 'value', path: ['solutions', 0, 'trl'], text: '7', typing: true, present: [], colon: false });
  assert.deepEqual(slot('{"solutions": [{"pricing": "free"|}]}')?.typing, false, 'just after a closed string nothing is being typed');
  assert.deepEqual(slot('{"solutions": [{}, {}, {"sdgs": [1, 2, |]}]}')?.path, ['solutions', 2, 'sdgs', 2]);
  assert.deepEqual(slot('|'), { kind: 'value', path: [], text: '', typing: false, present: [], colon: false });
});

test('no slot: between a key and its colon, after a value without a comma, after a closing bracket', () => {
  assert.equal(slot('{"a" |: 1}'), undefined);
  assert.equal(slot('{"a": 1 |}'), undefined);
  assert.equal(slot('{"a": {}|}'), undefined);
});
