import type { SubmitComplaintInput } from '../../functions/graphql/generated/types';

let counter = 0;

/** A valid submission; each call gets its own email address so tests can find their mail. */
export function sampleSubmission(overrides: Partial<SubmitComplaintInput> = {}): SubmitComplaintInput {
  counter += 1;
  return {
    channel: 'WEB',
    complainant: {
      name: '王小明',
      email: `complainant-${process.pid}-${counter}@example.com`,
      phone: '+86 138 0013 8000',
      postalAddress: '上海市浦东新区世纪大道 100 号',
      preferredLanguage: 'ZH_CN',
    },
    respondent: { name: '某电信有限公司', address: '北京市西城区金融大街 1 号' },
    category: 'Mobile network',
    product: 'Prepaid plan',
    facts: '家中两周没有信号，客服热线一直无人接听。',
    remedyRequested: '修复信号并退还两周月租。',
    occurredOn: '2026-11-01',
    ...overrides,
  };
}
