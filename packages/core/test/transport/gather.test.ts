import { describe, expect, it } from 'vitest';
import { Gather } from '../../src/transport/gather.js';

describe('Gather', () => {
  it('hands back a single piece as it came, without a copy', () => {
    const piece = new Uint8Array([1, 2, 3]);
    const g = new Gather(2 ** 20);
    g.add(piece);
    expect(g.bytes()).toBe(piece);
    expect(g.size).toBe(3);
    expect(new Gather(2 ** 20).bytes()).toEqual(new Uint8Array(0));
  });

  it('joins many pieces (of every size, one byte to larger than the buffer) into their bytes in order', () => {
    const g = new Gather(2 ** 20);
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
    const g = new Gather(2 ** 20);
    g.add(first);
    g.add(second);
    first[0] = 9;
    second[0] = 9;
    expect(g.bytes()).toEqual(new Uint8Array([1, 2, 3]));
  });
  it('never grows its buffer past the limit it was given', () => {
    const g = new Gather(20_000);
    for (let i = 0; i < 20; i++) g.add(new Uint8Array(1000).fill(i));
    expect(g.size).toBe(20_000);
    expect(g.bytes().buffer.byteLength).toBe(20_000);
    expect(g.bytes()[19_999]).toBe(19);
  });
});
