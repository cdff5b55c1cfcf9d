import { createI18n, useTranslator } from '../shared/i18n';
import en from './messages/en.json';
import zhCN from './messages/zh-CN.json';
import type { MessageKey } from './message-key';

export type { MessageKey };

export const portalI18n = createI18n<Record<MessageKey, string>>({ 'zh-CN': zhCN, en });
export const useT = () => useTranslator<MessageKey>(portalI18n);
