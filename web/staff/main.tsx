import { render } from 'preact';
import '../shared/base.css';
import './staff.css';
import { createApiClient } from '../shared/api-client';
import { loadConfig } from '../shared/config';
import { App } from './app';
import { openSession, type StaffConfig } from './session';

const root = document.getElementById('app')!;
loadConfig<StaffConfig>('/staff/')
  .then(async (config) => {
    const session = await openSession(config);
    if (session) render(<App client={createApiClient(config.graphqlUrl, () => session.token())} session={session} />, root);
  })
  .catch(() => {
    root.textContent = '无法加载工作台或完成登录，请刷新重试。 The workspace could not load or finish signing in. Please refresh.';
  });
