import { Link, useLocation } from 'wouter-preact';
import { useT, type MessageKey } from '../i18n';
import type { Session } from '../session';

const SECTIONS: Array<{ href: string; label: MessageKey; current: (path: string) => boolean }> = [
  { href: '/', label: 'nav.queue', current: (p) => p === '/' },
  { href: '/complaints', label: 'nav.complaints', current: (p) => p === '/complaints' || (p.startsWith('/complaints/') && p !== '/complaints/new') },
  { href: '/complaints/new', label: 'nav.new', current: (p) => p === '/complaints/new' },
  { href: '/analytics', label: 'nav.analytics', current: (p) => p.startsWith('/analytics') },
  { href: '/inbox', label: 'nav.inbox', current: (p) => p.startsWith('/inbox') },
  { href: '/admin', label: 'nav.admin', current: (p) => p.startsWith('/admin') },
];

/** The workspace's sections, the current one marked for screen readers too, and signing out. */
export function SiteNav({ session }: { session: Session }) {
  const { t } = useT();
  const [path] = useLocation();
  return (
    <>
      <nav class="sections" aria-label={t('nav.main')}>
        <ul>
          {SECTIONS.map((s) => (
            <li key={s.href}>
              <Link href={s.href} aria-current={s.current(path) ? 'page' : undefined}>
                {t(s.label)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <button type="button" class="sign-out" onClick={() => session.signOut()}>
        {t('nav.signOut')}
      </button>
    </>
  );
}
