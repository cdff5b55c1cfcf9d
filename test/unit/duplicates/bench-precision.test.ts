import { countSuggestions, precision } from '../../../bench/duplicates';
import type { DatasetPair } from '../../../bench/duplicates-dataset';

const pair = (a: string, b: string, duplicate: boolean): DatasetPair => ({ a, b, duplicate, kind: duplicate ? 'REWORDED' : 'SAME_TOPIC', split: 'test' });

describe('the duplicate benchmark', () => {
  it('counts a suggestion of a complaint outside the labelled pairs as a false positive', () => {
    const pairs = [pair('original', 'repeat', true), pair('other', 'unrelated', false)];
    const suggested = (lookup: string) => (lookup === 'repeat' ? ['original', 'unrelated'] : []);
    const counts = countSuggestions(pairs, suggested);
    expect(counts).toEqual({ tp: 1, fp: 1, fn: 0, tn: 1 });
    expect(precision(counts)).toBe(0.5);
  });

  it('does not count a repeat of the same original as a false positive, whichever split labelled it', () => {
    const everyPair = [pair('original', 'first repeat', true), { ...pair('original', 'second repeat', true), split: 'tune' as const }];
    const suggested = (lookup: string) => (lookup === 'first repeat' ? ['original', 'second repeat'] : []);
    expect(countSuggestions(everyPair.slice(0, 1), suggested, everyPair)).toEqual({ tp: 1, fp: 0, fn: 0, tn: 0 });
  });
});
