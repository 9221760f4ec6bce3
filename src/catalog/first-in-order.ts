/**
 * The first `count` of `members` by ascending `keyOf`, in that order: a page of results without ordering them all.
 * A keystroke shows 12 results of up to every solution in the catalogue; ordering 100,000 of them to show 12 was a
 * quarter of a keystroke's search. A max-heap of the best `count` so far: each member costs one comparison with the
 * worst kept, and a few more when it replaces it. Keys must be distinct (ties broken inside the key) for a stable
 * order.
 */
export function firstInOrder(members: ArrayLike<number>, count: number, keyOf: (member: number) => number): Int32Array {
  const size = Math.min(count, members.length);
  const heap = new Int32Array(size);
  const keys = new Float64Array(size);
  let kept = 0;
  for (let m = 0; m < members.length; m++) {
    const member = members[m]!;
    const key = keyOf(member);
    if (kept < size) {
      // Sift up: the largest key at the root.
      let at = kept++;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if (keys[parent]! >= key) break;
        heap[at] = heap[parent]!;
        keys[at] = keys[parent]!;
        at = parent;
      }
      heap[at] = member;
      keys[at] = key;
    } else if (size && key < keys[0]!) {
      siftDown(heap, keys, size, member, key);
    }
  }
  // Take the root (the largest) off one by one: the last place first.
  const out = new Int32Array(size);
  for (let last = size - 1; last >= 0; last--) {
    out[last] = heap[0]!;
    if (last) siftDown(heap, keys, last, heap[last]!, keys[last]!);
  }
  return out;
}

/** Puts `member` with `key` at the root of the first `size` places and sifts it down. */
function siftDown(heap: Int32Array, keys: Float64Array, size: number, member: number, key: number): void {
  let at = 0;
  for (;;) {
    let child = 2 * at + 1;
    if (child >= size) break;
    if (child + 1 < size && keys[child + 1]! > keys[child]!) child++;
    if (keys[child]! <= key) break;
    heap[at] = heap[child]!;
    keys[at] = keys[child]!;
    at = child;
  }
  heap[at] = member;
  keys[at] = key;
}
