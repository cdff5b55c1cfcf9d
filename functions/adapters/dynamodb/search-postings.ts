import {
  BatchWriteItemCommand,
  ConditionalCheckFailedException,
  GetItemCommand,
  PutItemCommand,
  type DynamoDBClient,
  type WriteRequest,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { Complaint } from '../../core/complaint';
import type { SearchIndexer } from '../../core/search/ports';
import type { KeyringSource } from '../../core/secrets/keyring';
import { termKey } from '../../core/search/term-keys';
import { complaintTerms } from '../../core/search/terms';
import { keys, TABLE_DESIGN } from './table-design';

interface Marker {
  version: number;
  organizationId?: string;
  receivedAt?: string;
  termKeys: string[];
}

/** BatchWriteItem's limit, and how many batches go at once. */
const BATCH = 25;
const PARALLEL = 4;
const BATCH_ATTEMPTS = 8;
const MARKER_ATTEMPTS = 3;
const backoff = (attempt: number) => new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * 2 ** attempt));

/** Term keys are 16 hex characters: stored as 8 bytes each, so the marker of a long complaint stays a few KB. */
const packKeys = (termKeys: string[]) => Buffer.from(termKeys.join(''), 'hex');
const unpackKeys = (bytes: Uint8Array | undefined) => (bytes ? (Buffer.from(bytes).toString('hex').match(/.{16}/g) ?? []) : []);

/**
 * Writes the search postings on the single table. Each complaint's SEARCH marker records
 * the term keys last indexed and their version: a new version writes only the postings of
 * terms it gained and deletes those of terms it lost (an erasure deletes the name's, the
 * email's and the facts'), then moves the marker. Postings are written before the marker,
 * so a failure part-way is retried from the old marker and ends in the same place; a
 * replayed older version finds the marker beyond it and changes nothing.
 */
export class DynamoDbSearchPostings implements SearchIndexer {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
    private readonly keys: KeyringSource,
  ) {}

  async apply(complaintId: string, version: number, complaint: Complaint | null): Promise<boolean> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.applyOnce(complaintId, version, complaint);
      } catch (error) {
        // Another writer moved the marker: decide again from where it left it.
        if (!(error instanceof ConditionalCheckFailedException) || attempt >= MARKER_ATTEMPTS) throw error;
      }
    }
  }

  private async applyOnce(complaintId: string, version: number, complaint: Complaint | null): Promise<boolean> {
    const marker = await this.marker(complaintId);
    if (marker && marker.version >= version) return false;
    const { current: secret } = await this.keys.keyring();
    const termKeys = complaint ? [...new Set(complaintTerms(complaint).map((t) => termKey(secret, complaint.organizationId, t)))] : [];
    const before = new Set(marker?.termKeys ?? []);
    const after = new Set(termKeys);
    const moved = marker && complaint && (marker.receivedAt !== complaint.receivedAt || marker.organizationId !== complaint.organizationId);
    const added = termKeys.filter((k) => moved || !before.has(k));
    const removed = [...before].filter((k) => moved || !after.has(k));
    // Unchanged terms need no marker either: any version between the marker's and this one has the same terms.
    if (!added.length && !removed.length && marker) return false;
    const requests: WriteRequest[] = [
      ...removed.map((k) => ({ DeleteRequest: { Key: marshall(this.postingKey(marker!.organizationId!, k, marker!.receivedAt!, complaintId)) } })),
      ...added.map((k) => ({
        PutRequest: { Item: marshall({ ...this.postingKey(complaint!.organizationId, k, complaint!.receivedAt, complaintId), type: 'SearchPosting', complaintId }) },
      })),
    ];
    await this.write(requests);
    await this.putMarker(complaintId, marker, {
      version,
      organizationId: complaint?.organizationId ?? marker?.organizationId,
      receivedAt: complaint?.receivedAt ?? marker?.receivedAt,
      termKeys,
    });
    return true;
  }

  private postingKey(organizationId: string, key: string, receivedAt: string, complaintId: string) {
    return { [TABLE_DESIGN.partitionKey]: keys.searchPartition(organizationId, key), [TABLE_DESIGN.sortKey]: keys.listSort(receivedAt, complaintId) };
  }

  private async write(requests: WriteRequest[]): Promise<void> {
    const batches: WriteRequest[][] = [];
    for (let i = 0; i < requests.length; i += BATCH) batches.push(requests.slice(i, i + BATCH));
    for (let i = 0; i < batches.length; i += PARALLEL) await Promise.all(batches.slice(i, i + PARALLEL).map((b) => this.writeBatch(b)));
  }

  private async writeBatch(batch: WriteRequest[]): Promise<void> {
    let pending = batch;
    for (let attempt = 1; pending.length; attempt += 1) {
      const out = await this.client.send(new BatchWriteItemCommand({ RequestItems: { [this.tableName]: pending } }));
      pending = out.UnprocessedItems?.[this.tableName] ?? [];
      if (pending.length && attempt >= BATCH_ATTEMPTS) throw new Error('Search postings were left unprocessed; the stream retries the record.');
      if (pending.length) await backoff(attempt);
    }
  }

  private async marker(complaintId: string): Promise<Marker | undefined> {
    const out = await this.client.send(new GetItemCommand({ TableName: this.tableName, Key: marshall(keys.searchMarker(complaintId)), ConsistentRead: true }));
    if (!out.Item) return undefined;
    const item = unmarshall(out.Item);
    return { version: Number(item.version), organizationId: item.organizationId as string | undefined, receivedAt: item.receivedAt as string | undefined, termKeys: unpackKeys(item.termKeys as Uint8Array | undefined) };
  }

  /** Moves the marker; throws ConditionalCheckFailedException if another writer moved it since it was read. */
  private async putMarker(complaintId: string, read: Marker | undefined, next: Marker): Promise<void> {
    await this.client.send(
      new PutItemCommand({
        TableName: this.tableName,
        Item: marshall({ ...keys.searchMarker(complaintId), type: 'SearchMarker', ...next, termKeys: packKeys(next.termKeys) }, { removeUndefinedValues: true }),
        ...(read
          ? { ConditionExpression: '#version = :read', ExpressionAttributeNames: { '#version': 'version' }, ExpressionAttributeValues: marshall({ ':read': read.version }) }
          : { ConditionExpression: `attribute_not_exists(${TABLE_DESIGN.partitionKey})` }),
      }),
    );
  }
}
