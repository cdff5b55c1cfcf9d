import type { LocalStack } from '../../local/stack';
import { PEOPLE, submitted } from '../harness/workspace-organization';
import { workspaceInBrowser } from '../harness/workspace-browser';

// Triage suggestions on the case page of the staff workspace, in Chromium.
jest.setTimeout(180_000);

const scene = workspaceInBrowser();
const { openAs } = scene;
let stack: LocalStack;
beforeAll(() => ({ stack } = scene));

const FORECLOSURE =
  'My mortgage servicer started foreclosure while my loan modification was under review. They keep losing my escrow documents and we may lose our home next month.';

describe('triage suggestions in the workspace', () => {
  it('shows the suggestions of a new complaint on its case, and records a correction in the history', async () => {
    const complaint = await submitted(stack, { facts: FORECLOSURE, complainant: { name: 'Ada Lovelace', email: 'ada@example.com', preferredLanguage: 'EN' } });
    const page = await openAs(PEOPLE.supervisor, `complaints/${complaint.id}`);
    const section = page.getByRole('region', { name: '分诊建议' });
    await section.getByText('可能失去住房').waitFor();
    await section.getByText('Mortgage', { exact: true }).waitFor();
    const priority = section.getByRole('listitem').filter({ hasText: '优先级' });
    await priority.getByText('紧急').waitFor();

    await priority.getByRole('button', { name: '更正' }).click();
    await priority.getByRole('textbox', { name: '优先级应为' }).fill('HIGH');
    await priority.getByRole('button', { name: '保存更正' }).click();
    await priority.getByText('已更正').waitFor();
    await priority.getByText('→ 高').waitFor();
    await page.getByText('更正分诊建议').first().waitFor();

    const category = section.getByRole('listitem').filter({ hasText: '类别' });
    await category.getByRole('button', { name: '确认' }).click();
    await category.getByText('已确认').waitFor();
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
