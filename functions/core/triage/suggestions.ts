import type { TriageKind, TriageSuggestionStatus } from '../../graphql/generated/types';
import type { Channel } from '../complaint';
import type { LoadedModel } from './linear-model';
import { priority, sentiment, urgentSignals, type Sentiment } from './signals';

export type { TriageKind, TriageSuggestionStatus };

/** One suggestion stored with a complaint; staff accept or correct it. It never changes the complaint's own fields. */
export interface TriageSuggestion {
  kind: TriageKind;
  value: string;
  /** 0 to 1. */
  confidence: number;
  /** Which model made it, e.g. `triage-linear@3`, `lexicon@1` or `comprehend-sentiment`. */
  source: string;
  status: TriageSuggestionStatus;
  /** What staff put instead, on CORRECTED. */
  correctedTo?: string;
}

export interface TriageInput {
  text: string;
  channel?: Channel;
}

/** The port: the offline model here, Amazon Comprehend (adapters/comprehend, off by default) behind the same shape. */
export interface TriageModel {
  suggest(input: TriageInput): Promise<TriageSuggestion[]>;
}

/** The word lists' source name. */
export const LEXICON = 'lexicon@1';
const round = (x: number) => Math.round(x * 1000) / 1000;
const open = (kind: TriageKind, value: string, confidence: number, source: string): TriageSuggestion => ({ kind, value, confidence: round(confidence), source, status: 'OPEN' });

/** A model's answer for one kind: its value, confidence (0 to 1) and the model's name. */
export interface Scored<V extends string = string> {
  value: V;
  confidence: number;
  source: string;
}

/**
 * A complaint's suggestions from a category and a sentiment, whichever model gave them (the
 * word lists' sentiment when none is given), with the word lists' urgent signals and the
 * priority they and the sentiment make.
 */
export function suggestionsOf(text: string, category: Scored | undefined, mood: Scored<Sentiment> = { ...sentiment(text), source: LEXICON }): TriageSuggestion[] {
  const signals = urgentSignals(text);
  const urgency = priority(signals, mood);
  return [
    ...(category ? [open('CATEGORY', category.value, category.confidence, category.source)] : []),
    open('PRIORITY', urgency.value, urgency.confidence, LEXICON),
    open('SENTIMENT', mood.value, mood.confidence, mood.source),
    ...signals.map((s) => open('URGENT_SIGNAL', s.signal, s.confidence, LEXICON)),
  ];
}

/** The learned category of a text: the model's most likely label, if it knows enough of the text to guess. */
export function learnedCategory(model: LoadedModel, text: string, modelName: string): Scored | undefined {
  const [best] = model.predict(text);
  return best && { value: best.label, confidence: best.confidence, source: modelName };
}

/**
 * The offline model: the learned category and the word lists' priority, sentiment and
 * urgent signals. `model` is loaded when first needed, so a function that never takes a
 * complaint never reads it.
 */
export function offlineTriage(model: () => Promise<LoadedModel>, modelName: string): TriageModel {
  return {
    async suggest({ text }) {
      return suggestionsOf(text, learnedCategory(await model(), text, modelName));
    },
  };
}
