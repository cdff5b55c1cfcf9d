import { requirePermission, type Operation } from '../../core/permissions';
import type { GraphqlContext } from '../context';

type Resolver = (parent: unknown, args: unknown, ctx: GraphqlContext, info: unknown) => unknown;

/**
 * Every root field checks the permission table before it runs: one place, no field
 * forgotten. The keys must be operations of the table, so a field without a row does
 * not compile.
 */
export function guarded<T extends { [K in keyof T]: K extends Operation ? unknown : never }>(resolvers: T): T {
  const wrapped: Record<string, Resolver> = {};
  for (const [name, resolve] of Object.entries(resolvers as Record<string, Resolver>)) {
    wrapped[name] = (parent, args, ctx, info) => {
      requirePermission(name as Operation, ctx.caller);
      return resolve(parent, args, ctx, info);
    };
  }
  return wrapped as T;
}
