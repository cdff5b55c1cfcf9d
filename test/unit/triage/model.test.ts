import { features } from '../../../functions/core/triage/features';
import { load, train, type LabelledText } from '../../../functions/core/triage/linear-model';
import { stableProduct } from '../../../functions/core/triage/cfpb-products';

const TOY: LabelledText[] = [
  { text: 'My mortgage servicer started foreclosure on my home', label: 'Mortgage' },
  { text: 'The mortgage escrow payment was applied late by the servicer', label: 'Mortgage' },
  { text: 'Loan modification denied, mortgage servicer lost my papers', label: 'Mortgage' },
  { text: 'A debt collector keeps calling me about a debt I do not owe', label: 'Debt collection' },
  { text: 'The collection agency threatened to sue over an old debt', label: 'Debt collection' },
  { text: 'Collector called my employer about the debt', label: 'Debt collection' },
  { text: '信用卡被盗刷，银行拒绝退款', label: '信用卡' },
  { text: '信用卡年费没有告知就扣了', label: '信用卡' },
  { text: '快递丢件，快递公司不赔偿', label: '快递' },
  { text: '快递延误一周，包裹破损', label: '快递' },
];

describe('the triage model', () => {
  it('learns a separable set: every training text and a new mix of its wording comes out right', () => {
    const model = load(train(TOY, 1));
    for (const { text, label } of TOY) expect([text, model.predict(text)[0].label]).toEqual([text, label]);
    expect(model.predict('A debt collector keeps calling my employer about the debt')[0].label).toBe('Debt collection');
    expect(model.predict('My mortgage servicer lost my papers and started foreclosure')[0].label).toBe('Mortgage');
    expect(model.predict('信用卡被盗刷，年费没有告知')[0].label).toBe('信用卡');
    expect(model.predict('快递丢件，包裹破损')[0].label).toBe('快递');
  });

  it('gives confidences between 0 and 1 that sum to 1, the most likely first', () => {
    const scores = load(train(TOY, 1)).predict('The collection agency keeps calling');
    expect(scores.every((s) => s.confidence >= 0 && s.confidence <= 1)).toBe(true);
    expect(scores.reduce((sum, s) => sum + s.confidence, 0)).toBeCloseTo(1, 6);
    expect(scores.map((s) => s.confidence)).toEqual([...scores.map((s) => s.confidence)].sort((a, b) => b - a));
  });

  it('makes no guess for a text it knows too little of', () => {
    expect(load(train(TOY.slice(0, 6), 1)).predict('信用卡被盗刷')).toEqual([]);
  });

  it('trains the same model whatever the order of the examples', () => {
    expect(JSON.stringify(train([...TOY].reverse(), 1))).toBe(JSON.stringify(train(TOY, 1)));
  });

  it('builds English word features (no word pairs), and Chinese character bigram and trigram features, leaving CFPB redactions out', () => {
    expect(features('late fee')).toHaveLength(2); // late, fee
    expect(features('XXXX late {$25.00} fee')).toEqual(features('late fee'));
    expect(features('盗刷卡')).toHaveLength(3); // 盗刷, 刷卡, and the pair of them: 盗刷卡
    expect(new Set(features('信用卡'))).not.toEqual(new Set(features('用卡信')));
  });

  it('refuses a saved model of another format or version, naming the command that rebuilds it', () => {
    expect(() => load({ ...train(TOY, 1), version: 2 } as never)).toThrow(/npm run train-triage/);
    expect(() => load({ ...train(TOY, 1), format: 'triage-naive-bayes' } as never)).toThrow(/npm run train-triage/);
  });

  it('trains the same model twice from the same examples (a fixed seed), and it still separates them after saving', () => {
    const saved = train(TOY, 1);
    expect(JSON.stringify(train(TOY, 1))).toBe(JSON.stringify(saved));
    const reloaded = load(JSON.parse(JSON.stringify(saved)));
    expect(reloaded.predict('The collector threatened to sue over the debt')[0].label).toBe('Debt collection');
    expect(reloaded.predict('信用卡年费被盗刷')[0].label).toBe('信用卡');
  });

  it('drops features found in fewer training texts than asked, so a word seen once cannot decide', () => {
    expect(load(train(TOY, 1)).predict('foreclosure')).not.toEqual([]);
    expect(load(train(TOY, 2)).predict('foreclosure')).toEqual([]);
  });
});

describe('CFPB products over the years', () => {
  it.each([
    ['Credit reporting', '', 'Credit reporting, credit repair services, or other personal consumer reports'],
    ['Credit reporting or other personal consumer reports', '', 'Credit reporting, credit repair services, or other personal consumer reports'],
    ['Payday loan', '', 'Payday loan, title loan, or personal loan'],
    ['Consumer Loan', 'Vehicle loan', 'Vehicle loan or lease'],
    ['Consumer Loan', 'Installment loan', 'Payday loan, title loan, or personal loan'],
    ['Bank account or service', 'Checking account', 'Checking or savings account'],
    ['Credit card', '', 'Credit card or prepaid card'],
    ['Virtual currency', '', 'Money transfer, virtual currency, or money service'],
    ['Mortgage', 'FHA mortgage', 'Mortgage'],
  ])('maps "%s" (%s) to "%s"', (product, sub, stable) => {
    expect(stableProduct(product, sub)).toBe(stable);
  });
});
