import type zhCN from './messages/zh-CN.json';

/**
 * Every key of the portal's catalogs; test/unit/web/catalogs.test.ts keeps the two catalogs' keys equal.
 * Apart from i18n.ts so that modules checked by the unit tests do not bring in the DOM's types.
 */
export type MessageKey = keyof typeof zhCN;
