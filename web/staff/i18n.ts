import { createI18n, useTranslator } from '../shared/i18n';
import en from './messages/en.json';
import zhCN from './messages/zh-CN.json';

/** Every key of the workspace's catalogs; test/unit/web/catalogs.test.ts keeps the two catalogs' keys equal. */
export type MessageKey = keyof typeof zhCN;

export const staffI18n = createI18n<Record<MessageKey, string>>({ 'zh-CN': zhCN, en });
export const useT = () => useTranslator<MessageKey>(staffI18n);
