import { ComprehendClient } from '@aws-sdk/client-comprehend';
import { COMPREHEND_MAX_BYTES, comprehendTriage, languageOf, truncateUtf8 } from '../../../functions/adapters/comprehend/comprehend-triage';
import type { Logger } from '../../../functions/core/logger';
import type { TriageModel, TriageSuggestion } from '../../../functions/core/triage/suggestions';
import { startComprehendEndpoint, type ComprehendEndpoint } from '../../harness/comprehend-endpoint';

const ENDPOINT_ARN = 'arn:aws:comprehend:eu-west-2:111122223333:document-classifier-endpoint/complaint-products';

/** The offline model's answer, recognisable by its source. */
const offline: TriageModel = {
  suggest: async () => [
    { kind: 'CATEGORY', value: 'Mortgage', confidence: 0.5, source: 'offline@1', status: 'OPEN' },
    { kind: 'SENTIMENT', value: 'NEUTRAL', confidence: 0.5, source: 'offline@1', status: 'OPEN' },
  ],
};
const offlineCategory = async () => ({ value: 'Mortgage', confidence: 0.5, source: 'offline@1' });

function recordingLogger() {
  const lines: Array<{ level: string; event: string; fields: unknown }> = [];
  const at = (level: string) => (event: string, fields?: unknown) => void lines.push({ level, event, fields });
  const logger: Logger = { info: at('info'), warn: at('warn'), error: at('error') };
  return { logger, lines };
}

const byKind = (suggestions: TriageSuggestion[], kind: TriageSuggestion['kind']) => suggestions.filter((s) => s.kind === kind).map(({ value, confidence, source }) => ({ value, confidence, source }));

describe('triage by Amazon Comprehend', () => {
  let comprehend: ComprehendEndpoint;
  let client: ComprehendClient;

  beforeEach(async () => {
    comprehend = await startComprehendEndpoint();
    client = new ComprehendClient({
      region: 'eu-west-2',
      endpoint: comprehend.url,
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
      maxAttempts: 1,
    });
  });

  afterEach(async () => {
    client.destroy();
    await comprehend.close();
  });

  it("suggests the custom classifier's best category and Comprehend's sentiment, with the word lists' urgent signals", async () => {
    comprehend.answer('ClassifyDocument', { body: { Classes: [{ Name: 'Debt collection', Score: 0.21 }, { Name: 'Mortgage', Score: 0.74 }] } });
    comprehend.answer('DetectSentiment', { body: { Sentiment: 'NEGATIVE', SentimentScore: { Positive: 0.01, Negative: 0.93, Neutral: 0.05, Mixed: 0.01 } } });
    const { logger } = recordingLogger();
    const triage = comprehendTriage(client, { classifierEndpointArn: ENDPOINT_ARN, offline, offlineCategory, logger, timeoutMs: 300 });

    const suggestions = await triage.suggest({ text: 'The servicer is about to foreclose on my home although I paid every month.' });

    expect(byKind(suggestions, 'CATEGORY')).toEqual([{ value: 'Mortgage', confidence: 0.74, source: 'comprehend-classifier:complaint-products' }]);
    expect(byKind(suggestions, 'SENTIMENT')).toEqual([{ value: 'NEGATIVE', confidence: 0.93, source: 'comprehend-sentiment' }]);
    expect(byKind(suggestions, 'URGENT_SIGNAL').map((s) => s.value)).toContain('HOUSING_LOSS');
    expect(byKind(suggestions, 'PRIORITY').map((s) => s.value)).toEqual(['URGENT']);
    expect(suggestions.every((s) => s.status === 'OPEN')).toBe(true);
    expect(comprehend.calls.map((c) => c.operation).sort()).toEqual(['ClassifyDocument', 'DetectSentiment']);
    expect(comprehend.calls.find((c) => c.operation === 'ClassifyDocument')?.input).toMatchObject({ EndpointArn: ENDPOINT_ARN });
    expect(comprehend.calls.find((c) => c.operation === 'DetectSentiment')?.input).toMatchObject({ LanguageCode: 'en' });
  });

  it('asks for Chinese sentiment on a Chinese complaint, and counts mixed feelings as neutral', async () => {
    comprehend.answer('DetectSentiment', { body: { Sentiment: 'MIXED', SentimentScore: { Positive: 0.3, Negative: 0.3, Neutral: 0.1, Mixed: 0.3 } } });
    const triage = comprehendTriage(client, { offline, offlineCategory, logger: recordingLogger().logger, timeoutMs: 300 });

    const suggestions = await triage.suggest({ text: '快递员态度很好,但是包裹晚到了三天,里面的杯子也碎了。' });

    expect(comprehend.calls.map((c) => [c.operation, c.input.LanguageCode])).toEqual([['DetectSentiment', 'zh']]);
    expect(byKind(suggestions, 'SENTIMENT')).toEqual([{ value: 'NEUTRAL', confidence: 0.3, source: 'comprehend-sentiment' }]);
  });

  it("takes the offline model's category when no classifier endpoint is configured", async () => {
    comprehend.answer('DetectSentiment', { body: { Sentiment: 'NEUTRAL', SentimentScore: { Positive: 0.1, Negative: 0.1, Neutral: 0.8, Mixed: 0 } } });
    const triage = comprehendTriage(client, { offline, offlineCategory, logger: recordingLogger().logger, timeoutMs: 300 });

    const suggestions = await triage.suggest({ text: 'My statement shows a fee I did not agree to.' });

    expect(byKind(suggestions, 'CATEGORY')).toEqual([{ value: 'Mortgage', confidence: 0.5, source: 'offline@1' }]);
    expect(byKind(suggestions, 'SENTIMENT')).toEqual([{ value: 'NEUTRAL', confidence: 0.8, source: 'comprehend-sentiment' }]);
  });

  it('answers with the offline model, and logs only the error name, when Comprehend refuses', async () => {
    comprehend.answer('ClassifyDocument', { error: 'ResourceUnavailableException' });
    comprehend.answer('DetectSentiment', { body: { Sentiment: 'NEGATIVE', SentimentScore: { Negative: 0.9 } } });
    const { logger, lines } = recordingLogger();
    const triage = comprehendTriage(client, { classifierEndpointArn: ENDPOINT_ARN, offline, offlineCategory, logger, timeoutMs: 300 });

    const suggestions = await triage.suggest({ text: 'Jane Doe, 12 Elm Street: the bank closed my account.' });

    expect(suggestions).toEqual(await offline.suggest({ text: '' }));
    expect(lines).toEqual([{ level: 'warn', event: 'triage.managed_failed', fields: { errorName: 'ResourceUnavailableException' } }]);
  });

  it('does not hold intake up when Comprehend does not answer: the offline model answers after the timeout', async () => {
    comprehend.answer('DetectSentiment', 'hang');
    const { logger, lines } = recordingLogger();
    const triage = comprehendTriage(client, { offline, offlineCategory, logger, timeoutMs: 300 });

    const started = Date.now();
    const suggestions = await triage.suggest({ text: 'Nobody answers my calls about the refund.' });

    expect(Date.now() - started).toBeLessThan(3_000);
    expect(suggestions).toEqual(await offline.suggest({ text: '' }));
    expect(lines.map((l) => l.event)).toEqual(['triage.managed_failed']);
  });

  it(`sends at most ${COMPREHEND_MAX_BYTES} bytes, cut between characters`, async () => {
    comprehend.answer('DetectSentiment', { body: { Sentiment: 'NEGATIVE', SentimentScore: { Negative: 0.7 } } });
    const triage = comprehendTriage(client, { offline, offlineCategory, logger: recordingLogger().logger, timeoutMs: 300 });

    await triage.suggest({ text: '退款'.repeat(2_000) });

    const sent = String(comprehend.calls[0].input.Text);
    expect(Buffer.byteLength(sent, 'utf8')).toBeLessThanOrEqual(COMPREHEND_MAX_BYTES);
    expect(sent).toBe('退款'.repeat(833));
  });
});

describe('the helpers of the Comprehend adapter', () => {
  it('tells Chinese from English by the share of Han characters', () => {
    expect(languageOf('银行卡被盗刷了 5000 元,客服不处理')).toBe('zh');
    expect(languageOf('My card was charged twice by Alipay (支付宝).')).toBe('en');
  });

  it('keeps text that fits and never splits a character', () => {
    expect(truncateUtf8('abc', 3)).toBe('abc');
    expect(truncateUtf8('a投诉', 5)).toBe('a投');
    expect(truncateUtf8('😀😀', 5)).toBe('😀');
  });
});
