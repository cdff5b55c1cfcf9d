import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, Kind, parse } from 'graphql';
import { PERMISSIONS, type Operation } from '../../../functions/core/permissions';
import { typeDefs } from '../../../functions/graphql/generated/type-defs';

// Every staff operation of the API is reachable in the workspace: the schema's operations
// that some staff role may call, against the root fields of the workspace's documents.
const STAFF_APP = join(__dirname, '..', '..', '..', 'web', 'staff');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The root fields (Query and Mutation) that the workspace's graphql(`…`) documents select. */
function operationsTheAppUses(): Set<string> {
  const used = new Set<string>();
  for (const file of sourceFiles(STAFF_APP)) {
    for (const [, document] of readFileSync(file, 'utf8').matchAll(/graphql\(\s*`([^`]*)`\s*\)/g)) {
      for (const definition of parse(document).definitions) {
        if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
        for (const selection of definition.selectionSet.selections) {
          if (selection.kind === Kind.FIELD) used.add(selection.name.value);
        }
      }
    }
  }
  return used;
}

const schema = buildSchema(typeDefs);
const rootFields = { ...schema.getQueryType()!.getFields(), ...schema.getMutationType()!.getFields() };
/**
 * The complainant's own operations (they carry the reference and access code) are open to
 * staff too, but belong to the portal: a member of staff never holds a complainant's access code.
 */
const complainantOnly = (op: Operation) => rootFields[op].args.some((arg) => arg.name === 'accessCode');
const staffOperations = (Object.keys(PERMISSIONS) as Operation[]).filter((op) => PERMISSIONS[op].staff.length > 0 && !complainantOnly(op)).sort();

describe('the staff workspace', () => {
  it('finds the documents it checks, and the staff operations of the schema', () => {
    expect(operationsTheAppUses()).toContain('organizationSettings');
    expect(staffOperations).toEqual(expect.arrayContaining(['complaints', 'updateOrganizationSettings', 'complaintStatistics']));
    expect(staffOperations).not.toContain('trackComplaint');
  });

  it('reaches every staff operation of schema.graphql', () => {
    const used = operationsTheAppUses();
    const missing = staffOperations.filter((op) => !used.has(op));
    const covered = staffOperations.length - missing.length;
    expect({ coverage: `${covered} of ${staffOperations.length}`, missing }).toEqual({ coverage: `${staffOperations.length} of ${staffOperations.length}`, missing: [] });
  });
});
