import { useQuery } from '@urql/preact';
import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { WorkspaceQuery as WorkspaceData } from '../../generated/graphql';
import { useT } from '../i18n';
import { WorkspaceQuery } from './workspace.graphql';

export type Role = 'ADMIN' | 'SUPERVISOR' | 'HANDLER' | 'ANALYST';

/** The signed-in member of staff and their organization, read once for every page. */
export interface Workspace {
  viewer: { id: string; role: Role; organizationId: string };
  timeZone: string;
  categories: string[];
  staff: WorkspaceData['organizationSettings']['staff'];
  teams: WorkspaceData['organizationSettings']['teams'];
  staffName(id: string | null | undefined): string | undefined;
}

const WorkspaceContext = createContext<Workspace | undefined>(undefined);

export function useWorkspace(): Workspace {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error('useWorkspace outside <WorkspaceProvider>');
  return workspace;
}

/** Draws its children once the viewer is known to be staff; otherwise says why it cannot. */
export function WorkspaceProvider({ children }: { children: ComponentChildren }) {
  const { t } = useT();
  const [{ data, error, fetching }] = useQuery({ query: WorkspaceQuery, requestPolicy: 'cache-first' });
  if (fetching && !data) return <p role="status">{t('common.loading')}</p>;
  const viewer = data?.viewer;
  if (!data || !viewer || viewer.kind !== 'STAFF' || !viewer.id || !viewer.role || !viewer.organizationId) {
    return (
      <>
        <h1>{t('home.title')}</h1>
        <p class={error ? 'alert' : 'notice'}>{t('home.notSignedIn')}</p>
      </>
    );
  }
  const settings = data.organizationSettings;
  const names = new Map(settings.staff.map((s) => [s.id, s.name]));
  const workspace: Workspace = {
    viewer: { id: viewer.id, role: viewer.role, organizationId: viewer.organizationId },
    timeZone: settings.timeZone,
    categories: data.complaintCategories,
    staff: settings.staff,
    teams: settings.teams,
    staffName: (id) => (id ? names.get(id) : undefined),
  };
  return <WorkspaceContext.Provider value={workspace}>{children}</WorkspaceContext.Provider>;
}
