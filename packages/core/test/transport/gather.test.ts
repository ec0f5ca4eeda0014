import { describe, expect, it } from 'vitest';
import { Gather } from '../../src/transport/gather.js';

describe('Gather', () => {
  it('hands back a single piece as it came, without a copy', () => {
    const piece = new Uint8Array([1, 2, 3]);
    const g = new Gather();
    g.add(piece);
    expect(g.bytes()).toBe(piece);
    expect(g.size).toBe(3);
    expect(new Gather().bytes()).toEqual(new Uint8Array(0));
  });

  it('joins many pieces (of every size, one byte to larger than the buffer) into their bytes in order', () => {
    const g = new Gather();
    const all: number[] = [];
    let n = 0;
    for (const size of [1, 1, 3, 16_384, 1, 70_000, 5, 0, 2]) {
      const piece = Uint8Array.from({ length: size }, () => n++ % 251);
      all.push(...piece);
      g.add(piece);
    }
    expect(g.size).toBe(all.length);
    expect(g.bytes()).toEqual(Uint8Array.from(all));
  });

  it('keeps no piece: the first is copied when a second comes, so changing a piece after adding it changes nothing', () => {
    const first = new Uint8Array([1, 2]);
    const second = new Uint8Array([3]);
    const g = new Gather();
    g.add(first);
    g.add(second);
    first[0] = 9;
    second[0] = 9;
    expect(g.bytes()).toEqual(new Uint8Array([1, 2, 3]));
  });
});
