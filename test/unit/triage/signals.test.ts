import { offlineTriage } from '../../../functions/core/triage/suggestions';
import { load, train } from '../../../functions/core/triage/linear-model';
import { priority, sentiment, urgentSignals } from '../../../functions/core/triage/signals';

const signalsOf = (text: string) => urgentSignals(text).map((s) => s.signal);

describe('urgent signals, sentiment and priority from word lists', () => {
  it('finds a home at risk, in English and in Chinese, as URGENT', () => {
    expect(signalsOf('They started foreclosure and we may lose our home next month.')).toEqual(['HOUSING_LOSS']);
    expect(signalsOf('房子马上被法拍，我们一家要无家可归了')).toEqual(['HOUSING_LOSS']);
    expect(priority(urgentSignals('房子马上被法拍'), sentiment('')).value).toBe('URGENT');
  });

  it('finds financial distress, health and harassment, and makes distress without danger HIGH', () => {
    expect(signalsOf('I lost my job and cannot afford the payments; I was in hospital.')).toEqual(['FINANCIAL_DISTRESS', 'HEALTH_OR_SAFETY']);
    expect(signalsOf('催收公司暴力催收，还威胁我的家人')).toEqual(['HARASSMENT']);
    expect(priority(urgentSignals('I filed for bankruptcy'), sentiment('')).value).toBe('HIGH');
  });

  it('matches English words whole: "eviction" is a signal, "predictions" holds no "eviction"-like word', () => {
    expect(signalsOf('My predictions were wrong about the fees')).toEqual([]);
    expect(priority([], sentiment('My statement shows the wrong fee.'))).toEqual({ value: 'NORMAL', confidence: 0.6 });
  });

  it('reads sentiment from the balance of negative and positive words', () => {
    expect(sentiment('This is unacceptable and outrageous, a scam').value).toBe('NEGATIVE');
    expect(sentiment('Thank you, I appreciate the quick help').value).toBe('POSITIVE');
    expect(sentiment('客服敷衍推诿，太气愤了').value).toBe('NEGATIVE');
    expect(sentiment('The statement arrived on Monday.')).toEqual({ value: 'NEUTRAL', confidence: 0.5 });
  });
});

describe('the offline triage model', () => {
  it('suggests a category with the learned model and priority, sentiment and signals with the word lists, all open', async () => {
    const model = load(train([{ text: 'The servicer began foreclosure on my mortgage', label: 'Mortgage' }, { text: 'The debt collector calls me at work', label: 'Debt collection' }], 1));
    const triage = offlineTriage(async () => model, 'naive-bayes@1');
    const suggestions = await triage.suggest({ text: 'The servicer began foreclosure on my mortgage; this is outrageous.' });
    expect(suggestions.map(({ kind, value, source, status }) => [kind, value, source, status])).toEqual([
      ['CATEGORY', 'Mortgage', 'naive-bayes@1', 'OPEN'],
      ['PRIORITY', 'URGENT', 'lexicon@1', 'OPEN'],
      ['SENTIMENT', 'NEGATIVE', 'lexicon@1', 'OPEN'],
      ['URGENT_SIGNAL', 'HOUSING_LOSS', 'lexicon@1', 'OPEN'],
    ]);
  });
});
