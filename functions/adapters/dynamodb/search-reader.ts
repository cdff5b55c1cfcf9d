import { BatchGetItemCommand, QueryCommand, type AttributeValue, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { Complaint } from '../../core/complaint';
import { matchesFilter } from '../../core/complaint-filter';
import type { ComplaintFilter, ComplaintPage, ListQuery } from '../../core/ports';
import { termKey } from '../../core/search/term-keys';
import type { SearchQuery } from '../../core/search/terms';
import type { KeyringSource } from '../../core/secrets/keyring';
import { toComplaint } from './items';
import { keys, TABLE_DESIGN } from './table-design';

/** Postings a search examines at most per request (each costs a posting and a complaint read); past it the page ends with a cursor. */
export const SEARCH_READ_CAP = 500;
/** Terms whose postings are read to pick the rarest; the others are checked on the complaint. */
export const MAX_PROBED_TERMS = 8;
/** Postings read of each probed term to judge which is rarest. */
const PROBE = 50;
/** BatchGetItem's limit. */
const BATCH = 100;
const BATCH_ATTEMPTS = 5;

type Item = Record<string, AttributeValue>;

interface Postings {
  partition: string;
  items: Item[];
  next?: Item;
}

/**
 * Reads the search index (postings written by the search stream handler, adapters/dynamodb/search-postings.ts):
 * picks the query's rarest term, walks its postings newest first, reads each candidate complaint and keeps it
 * only if it passes the whole filter as it is now (every term, the phrases, the other fields, the clocks).
 */
export class SearchReader {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
    private readonly keys: KeyringSource,
    private readonly readCap = SEARCH_READ_CAP,
  ) {}

  async page({ organizationId, first, after, now, filter, search }: ListQuery & { filter: ComplaintFilter; search: SearchQuery }): Promise<ComplaintPage> {
    // The search index secret does not rotate (a new key would leave every posting unreadable): its current key is the only one.
    const { current: secret } = await this.keys.keyring();
    const partitions = search.terms.slice(0, MAX_PROBED_TERMS).map((t) => keys.searchPartition(organizationId, termKey(secret, organizationId, t)));
    const range = { from: filter.receivedFrom ?? '0', to: filter.receivedTo ?? '9999' };
    const start = (partition: string) => (after ? marshall({ [TABLE_DESIGN.partitionKey]: partition, [TABLE_DESIGN.sortKey]: after.sortKey }) : undefined);
    const probes = await Promise.all(partitions.map((p) => this.postings(p, range, start(p), PROBE)));
    const driver = rarest(probes);
    const wanted = first + 1;
    const found: ComplaintPage['items'] = [];
    let examined = 0;
    let lastExamined: Item | undefined;
    let postings = driver;
    for (;;) {
      const batch = postings.items.slice(0, Math.min(BATCH, this.readCap - examined));
      const complaints = await this.complaints(batch.map((p) => String(p.complaintId.S)));
      for (const posting of batch) {
        examined += 1;
        lastExamined = posting;
        const complaint = complaints.get(String(posting.complaintId.S));
        if (complaint && complaint.organizationId === organizationId && matchesFilter(complaint, filter, now)) {
          found.push({ complaint, position: { sortKey: String(posting[TABLE_DESIGN.sortKey].S), id: complaint.id } });
          if (found.length === wanted) return { items: found.slice(0, first), hasNextPage: true };
        }
      }
      const rest = postings.items.slice(batch.length);
      const more = rest.length > 0 || postings.next !== undefined;
      if (!more) return { items: found, hasNextPage: false };
      if (examined >= this.readCap) {
        const at = unmarshall(lastExamined!);
        return { items: found, hasNextPage: true, endPosition: { sortKey: String(at[TABLE_DESIGN.sortKey]), id: String(at.complaintId) } };
      }
      postings = rest.length ? { ...postings, items: rest } : await this.postings(driver.partition, range, postings.next, BATCH);
    }
  }

  /** One term's postings in [from, to), newest first, after `start`. */
  private async postings(partition: string, range: { from: string; to: string }, start: Item | undefined, limit: number): Promise<Postings> {
    const out = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :from AND :to',
        ExpressionAttributeNames: { '#pk': TABLE_DESIGN.partitionKey, '#sk': TABLE_DESIGN.sortKey },
        ExpressionAttributeValues: marshall({ ':pk': partition, ':from': range.from, ':to': range.to }),
        ScanIndexForward: false,
        ExclusiveStartKey: start,
        Limit: limit,
      }),
    );
    return { partition, items: out.Items ?? [], next: out.LastEvaluatedKey };
  }

  /** The complaints as they are now, eventually consistent: a hit a moment old is as good as the index behind it. */
  private async complaints(ids: string[]): Promise<Map<string, Complaint>> {
    const found = new Map<string, Complaint>();
    let wanted = [...new Set(ids)].map((id) => marshall(keys.complaint(id)));
    for (let attempt = 1; wanted.length > 0 && attempt <= BATCH_ATTEMPTS; attempt += 1) {
      const out = await this.client.send(new BatchGetItemCommand({ RequestItems: { [this.tableName]: { Keys: wanted } } }));
      for (const raw of out.Responses?.[this.tableName] ?? []) {
        const complaint = toComplaint(unmarshall(raw));
        found.set(complaint.id, complaint);
      }
      wanted = out.UnprocessedKeys?.[this.tableName]?.Keys ?? [];
    }
    if (wanted.length) throw new Error('The complaints of a search page could not be read; try again.');
    return found;
  }
}

/**
 * The term with the fewest postings: one whose list ended within the probe is known to be
 * the smallest; when every list goes on, the one whose probe reached furthest back in
 * time is the sparsest.
 */
function rarest(probes: Postings[]): Postings {
  const ended = probes.filter((p) => !p.next);
  if (ended.length) return ended.reduce((a, b) => (b.items.length < a.items.length ? b : a));
  const oldest = (p: Postings) => String(p.items.at(-1)?.[TABLE_DESIGN.sortKey]?.S ?? '');
  return probes.reduce((a, b) => (oldest(b) < oldest(a) ? b : a));
}
