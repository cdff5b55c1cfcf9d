import type { FinalResponseInput, Language } from '../../graphql/generated/schema-types';
import { ANSWER, type NoticeFacts } from './complainant-notices';
import { listOf } from './format';
import { OUTCOME, REMEDY } from './phrases';

/** What of a final response its text shows: a given one, or the workspace composer's draft (for its preview). */
export type FinalResponseWording = Pick<FinalResponseInput, 'outcome' | 'reasons' | 'remedies' | 'followUpMeasures'> & { remedyDetails?: string; furtherRecourse: string };

/** A final response with its codes put into the reader's words. */
export function phrasedFinalResponse(response: FinalResponseWording, language: Language): NoticeFacts['finalResponse'] {
  return {
    outcome: OUTCOME[language][response.outcome],
    reasons: response.reasons,
    remedies: response.remedies.length > 0 ? listOf(response.remedies.map((r) => REMEDY[language][r]), language) : undefined,
    remedyDetails: response.remedyDetails,
    followUpMeasures: response.followUpMeasures,
    furtherRecourse: response.furtherRecourse,
  };
}

/** The final response as the complainant was told it, one paragraph a line, ending with how to take it further. */
export function finalResponseText(response: FinalResponseWording, language: Language): string {
  return [...ANSWER[language](phrasedFinalResponse(response, language)), response.furtherRecourse].join('\n');
}
