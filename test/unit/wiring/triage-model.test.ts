import { configFromEnvironment } from '../../../functions/config/environment';
import { triageModel } from '../../../functions/wiring/triage';
import { startComprehendEndpoint, type ComprehendEndpoint } from '../../harness/comprehend-endpoint';

const BASE = { TABLE_NAME: 't', SENDER_EMAIL: 's@example.org', TRACKING_URL: 'https://t.example/' };
const TEXT = 'The debt collector calls me at work every day about a debt I already paid.';

describe('the triage model intake is given', () => {
  let comprehend: ComprehendEndpoint;
  const saved = { ...process.env };

  beforeAll(async () => {
    comprehend = await startComprehendEndpoint();
    // The SDK reads credentials from the process's environment, as a Lambda's role gives them.
    Object.assign(process.env, { AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test' });
  });

  afterAll(async () => {
    process.env = saved;
    await comprehend.close();
  });

  it('is the offline model by default: the shipped category model and the word lists, no network call', async () => {
    const suggestions = await triageModel(configFromEnvironment(BASE)).suggest({ text: TEXT });
    expect(suggestions.find((s) => s.kind === 'CATEGORY')).toMatchObject({ value: 'Debt collection', source: expect.stringMatching(/^triage-linear@/) });
    expect(suggestions.find((s) => s.kind === 'SENTIMENT')?.source).toBe('lexicon@1');
    expect(comprehend.calls).toEqual([]);
  });

  it('asks Comprehend when TRIAGE_MANAGED=comprehend, building its client on the first complaint', async () => {
    comprehend.answer('ClassifyDocument', { body: { Classes: [{ Name: 'Debt collection', Score: 0.88 }] } });
    comprehend.answer('DetectSentiment', { body: { Sentiment: 'NEGATIVE', SentimentScore: { Negative: 0.97 } } });
    const config = configFromEnvironment({
      ...BASE,
      AWS_REGION: 'eu-west-2',
      TRIAGE_MANAGED: 'comprehend',
      TRIAGE_CLASSIFIER_ENDPOINT_ARN: 'arn:aws:comprehend:eu-west-2:111122223333:document-classifier-endpoint/products',
      COMPREHEND_ENDPOINT: comprehend.url,
    });
    const triage = triageModel(config);
    expect(comprehend.calls).toEqual([]);

    const suggestions = await triage.suggest({ text: TEXT });

    expect(suggestions.find((s) => s.kind === 'CATEGORY')).toMatchObject({ value: 'Debt collection', confidence: 0.88, source: 'comprehend-classifier:products' });
    expect(suggestions.find((s) => s.kind === 'SENTIMENT')).toMatchObject({ value: 'NEGATIVE', confidence: 0.97, source: 'comprehend-sentiment' });
    expect(comprehend.calls.map((c) => c.operation).sort()).toEqual(['ClassifyDocument', 'DetectSentiment']);
  });
});
