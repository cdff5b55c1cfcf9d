import type { TriageKind, TriageSuggestionStatus } from '../../graphql/generated/types';
import type { Channel } from '../complaint';
import type { LoadedModel } from './linear-model';
import { priority, sentiment, urgentSignals } from './signals';

export type { TriageKind, TriageSuggestionStatus };

/** One suggestion stored with a complaint; staff accept or correct it. It never changes the complaint's own fields. */
export interface TriageSuggestion {
  kind: TriageKind;
  value: string;
  /** 0 to 1. */
  confidence: number;
  /** Which model made it, e.g. `naive-bayes@1` or `lexicon@1`. */
  source: string;
  status: TriageSuggestionStatus;
  /** What staff put instead, on CORRECTED. */
  correctedTo?: string;
}

export interface TriageInput {
  text: string;
  channel?: Channel;
}

/** The port: the offline model here, a managed one (docs/ARCHITECTURE.md, "Triage") behind the same shape. */
export interface TriageModel {
  suggest(input: TriageInput): Promise<TriageSuggestion[]>;
}

const LEXICON = 'lexicon@1';
const round = (x: number) => Math.round(x * 1000) / 1000;
const open = (kind: TriageKind, value: string, confidence: number, source: string): TriageSuggestion => ({ kind, value, confidence: round(confidence), source, status: 'OPEN' });

/**
 * The offline model: the learned category (the model's most likely label) and the word
 * lists' priority, sentiment and urgent signals. `model` is loaded when first needed, so
 * a function that never takes a complaint never reads it.
 */
export function offlineTriage(model: () => Promise<LoadedModel>, modelName: string): TriageModel {
  return {
    async suggest({ text }) {
      const [best] = (await model()).predict(text);
      const signals = urgentSignals(text);
      const mood = sentiment(text);
      const urgency = priority(signals, mood);
      return [
        ...(best ? [open('CATEGORY', best.label, best.confidence, modelName)] : []),
        open('PRIORITY', urgency.value, urgency.confidence, LEXICON),
        open('SENTIMENT', mood.value, mood.confidence, LEXICON),
        ...signals.map((s) => open('URGENT_SIGNAL', s.signal, s.confidence, LEXICON)),
      ];
    },
  };
}
