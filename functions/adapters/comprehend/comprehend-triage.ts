import { ClassifyDocumentCommand, DetectSentimentCommand, type ComprehendClient, type DetectSentimentCommandOutput } from '@aws-sdk/client-comprehend';
import { errorName, type Logger } from '../../core/logger';
import type { Sentiment } from '../../core/triage/signals';
import { suggestionsOf, type Scored, type TriageInput, type TriageModel } from '../../core/triage/suggestions';

/** DetectSentiment takes at most 5,000 bytes of UTF-8; the opening of a complaint says what it is about. */
export const COMPREHEND_MAX_BYTES = 5_000;

export interface ComprehendTriageOptions {
  /** A custom classifier's endpoint trained on the organization's categories; without one the category is the offline model's. */
  classifierEndpointArn?: string;
  /** The offline model: every suggestion when Comprehend fails. */
  offline: TriageModel;
  /** The offline model's category, taken when no endpoint is set. */
  offlineCategory: (text: string) => Promise<Scored | undefined>;
  logger: Logger;
  /** How long intake waits for Comprehend (both calls together) before the offline model answers instead. */
  timeoutMs: number;
}

/**
 * Triage by Amazon Comprehend: the sentiment from DetectSentiment (English or Chinese), the
 * category from a custom classifier endpoint when one is configured. Urgent signals and
 * priority stay the word lists' (Comprehend has no such model). A failed or slow call never
 * holds up intake: the offline model answers instead, and the failure is logged.
 */
export function comprehendTriage(client: ComprehendClient, options: ComprehendTriageOptions): TriageModel {
  const { classifierEndpointArn, offline, offlineCategory, logger, timeoutMs } = options;
  const classifierName = classifierEndpointArn?.split('/').at(-1);

  async function category(input: TriageInput, text: string, abortSignal: AbortSignal): Promise<Scored | undefined> {
    if (!classifierEndpointArn) return offlineCategory(input.text);
    const out = await client.send(new ClassifyDocumentCommand({ EndpointArn: classifierEndpointArn, Text: text }), { abortSignal });
    const [best] = [...(out.Classes ?? [])].filter((c) => c.Name).sort((a, b) => (b.Score ?? 0) - (a.Score ?? 0));
    return best && { value: best.Name!, confidence: best.Score ?? 0, source: `comprehend-classifier:${classifierName}` };
  }

  async function mood(text: string, abortSignal: AbortSignal): Promise<Scored<Sentiment>> {
    const out = await client.send(new DetectSentimentCommand({ Text: text, LanguageCode: languageOf(text) }), { abortSignal });
    return sentimentOf(out);
  }

  return {
    async suggest(input) {
      const text = truncateUtf8(input.text, COMPREHEND_MAX_BYTES);
      if (!text.trim()) return offline.suggest(input);
      try {
        const deadline = AbortSignal.timeout(timeoutMs);
        const [found, feeling] = await Promise.all([category(input, text, deadline), mood(text, deadline)]);
        return suggestionsOf(input.text, found, feeling);
      } catch (error) {
        logger.warn('triage.managed_failed', { errorName: errorName(error) });
        return offline.suggest(input);
      }
    },
  };
}

/** Chinese when a good share of its letters are Han characters; Comprehend's sentiment knows `zh` and `en` among others. */
export function languageOf(text: string): 'zh' | 'en' {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  return letters > 0 && han / letters >= 0.3 ? 'zh' : 'en';
}

/**
 * Comprehend's sentiment as the platform's three values. MIXED (praise and blame together)
 * counts as NEUTRAL: it should not raise a complaint's priority as a plainly negative one does.
 */
function sentimentOf(out: DetectSentimentCommandOutput): Scored<Sentiment> {
  const scores = out.SentimentScore ?? {};
  const source = 'comprehend-sentiment';
  switch (out.Sentiment) {
    case 'POSITIVE':
      return { value: 'POSITIVE', confidence: scores.Positive ?? 0, source };
    case 'NEGATIVE':
      return { value: 'NEGATIVE', confidence: scores.Negative ?? 0, source };
    case 'MIXED':
      return { value: 'NEUTRAL', confidence: scores.Mixed ?? 0, source };
    default:
      return { value: 'NEUTRAL', confidence: scores.Neutral ?? 0, source };
  }
}

/** The longest start of `text` that fits in `maxBytes` of UTF-8, never cutting a character. */
export function truncateUtf8(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text, 'utf8') <= maxBytes) return text;
  let bytes = 0;
  let end = 0;
  for (const ch of text) {
    const size = Buffer.byteLength(ch, 'utf8');
    if (bytes + size > maxBytes) break;
    bytes += size;
    end += ch.length;
  }
  return text.slice(0, end);
}
