import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue as StreamAttributeValue, DynamoDBRecord } from 'aws-lambda';
import type { Complaint } from '../../core/complaint';
import { toComplaint } from './items';
import { keys, TABLE_DESIGN } from './table-design';

/** What a stream record says about a complaint: its new version, or that it is gone. */
export interface ComplaintStreamChange {
  complaintId: string;
  version: number;
  complaint: Complaint | null;
}

/**
 * A removal outranks every version: complaint ids are never reused, so once gone a
 * complaint stays gone even if an older record of it is delivered again.
 */
export const REMOVED_VERSION = Number.MAX_SAFE_INTEGER;

const COMPLAINT_SK = keys.complaint('').SK;
const COMPLAINT_PREFIX = keys.complaintPartition('');

/**
 * Lambda delivers stream images as JSON: binary values arrive base64-encoded, where the
 * SDK's unmarshall expects bytes.
 */
function toSdkValue(v: StreamAttributeValue): AttributeValue {
  if (v.B !== undefined) return { B: Buffer.from(v.B, 'base64') };
  if (v.BS !== undefined) return { BS: v.BS.map((b) => Buffer.from(b, 'base64')) };
  if (v.L !== undefined) return { L: v.L.map(toSdkValue) };
  if (v.M !== undefined) return { M: toSdkImage(v.M) };
  return v;
}

const toSdkImage = (image: Record<string, StreamAttributeValue>): Record<string, AttributeValue> =>
  Object.fromEntries(Object.entries(image).map(([name, v]) => [name, toSdkValue(v)]));

/** The complaint change a stream record carries; undefined for any other item. */
export function complaintChangeOf(record: DynamoDBRecord): ComplaintStreamChange | undefined {
  const k = record.dynamodb?.Keys;
  const pk = k?.[TABLE_DESIGN.partitionKey]?.S;
  if (k?.[TABLE_DESIGN.sortKey]?.S !== COMPLAINT_SK || !pk?.startsWith(COMPLAINT_PREFIX)) return undefined;
  const complaintId = pk.slice(COMPLAINT_PREFIX.length);
  if (record.eventName === 'REMOVE') return { complaintId, version: REMOVED_VERSION, complaint: null };
  const image = record.dynamodb?.NewImage;
  if (!image) throw new Error('The stream record of a complaint carries no new image: the stream must show new images.');
  const complaint = toComplaint(unmarshall(toSdkImage(image)));
  return { complaintId, version: complaint.version, complaint };
}

export const NOTIFICATION_SK_PREFIX = keys.notification('', 0, '', '').SK.split('#')[0] + '#';

/**
 * The complaint a newly queued notification (email or webhook notice) belongs to, and the
 * correlation id of the request that queued it; undefined for any other record.
 */
export function queuedNotificationOf(record: DynamoDBRecord): { complaintId: string; correlationId?: string } | undefined {
  const k = record.dynamodb?.Keys;
  const pk = k?.[TABLE_DESIGN.partitionKey]?.S;
  if (record.eventName !== 'INSERT' || !k?.[TABLE_DESIGN.sortKey]?.S?.startsWith(NOTIFICATION_SK_PREFIX) || !pk?.startsWith(COMPLAINT_PREFIX)) return undefined;
  return { complaintId: pk.slice(COMPLAINT_PREFIX.length), correlationId: record.dynamodb?.NewImage?.correlationId?.S };
}
