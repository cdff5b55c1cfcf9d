import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  type FieldNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/** graphql-armor's cost figures, kept so that its documented numbers still hold. */
const SCALAR_COST = 1;
const OBJECT_COST = 2;
const DEPTH_FACTOR = 1.5;

/**
 * Whether a field's answer repeats its selection per item: a list, or an object holding
 * one (a connection's `edges`, a report's `groups`). `complaintExport` answers one
 * `ExportPage` of scalars whatever its `first`, so a page size there costs nothing more.
 */
function holdsList(type: GraphQLOutputType): boolean {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return true;
  const named = getNamedType(nullable);
  return (isObjectType(named) || isInterfaceType(named)) && Object.values(named.getFields()).some((f) => isListType(getNullableType(f.type)));
}

const PAGE_ARGUMENTS = ['first', 'last'];

/**
 * A literal `first` or `last`, or when the document leaves it out the schema's default
 * (`complaints { … }` answers 20); a variable counts as 1 (its value is not known when the
 * document is validated).
 */
function pageSize(field: FieldNode, def: GraphQLField<unknown, unknown>): number {
  const arg = field.arguments?.find((a) => PAGE_ARGUMENTS.includes(a.name.value));
  if (arg) return arg.value.kind === Kind.INT ? Math.max(1, parseInt(arg.value.value, 10)) : 1;
  const byDefault = def.args.find((a) => PAGE_ARGUMENTS.includes(a.name))?.defaultValue;
  return typeof byDefault === 'number' ? Math.max(1, byDefault) : 1;
}

/**
 * graphql-armor's static cost (1 a scalar, 2 an object plus 1.5 × its selection, a
 * fragment as one more level), with two changes: a literal `first`/`last` multiplies the
 * cost only of a field whose answer holds a list (see holdsList), and a left-out one
 * counts as its default. Armor multiplies any field that has the argument, which made
 * `complaintExport(first: 1000) { csv }` cost 6,500 for three scalars, and counted a
 * left-out `first` as 1, so `complaints { … }` got 20 complaints for the price of one.
 * Introspection is counted like any other query.
 */
function queryCost(context: ValidationContext, selectionSet: SelectionSetNode, root: GraphQLNamedType | undefined): number {
  const seenFragments = new Map<string, number>();

  const fieldDef = (type: GraphQLNamedType | undefined, name: string): GraphQLField<unknown, unknown> | undefined => {
    if (name === '__schema') return SchemaMetaFieldDef;
    if (name === '__type') return TypeMetaFieldDef;
    return type && (isObjectType(type) || isInterfaceType(type)) ? type.getFields()[name] : undefined;
  };

  const setCost = (set: SelectionSetNode, type: GraphQLNamedType | undefined, factor: number): number => {
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const def = fieldDef(type, selection.name.value);
        if (!selection.selectionSet) {
          cost += factor * SCALAR_COST;
          continue;
        }
        const own = OBJECT_COST + setCost(selection.selectionSet, def ? getNamedType(def.type) : undefined, DEPTH_FACTOR);
        cost += factor * own * (def && holdsList(def.type) ? pageSize(selection, def) : 1);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? context.getSchema().getType(selection.typeCondition.name.value) : type;
        cost += factor * (OBJECT_COST + setCost(selection.selectionSet, condition ?? undefined, DEPTH_FACTOR));
      } else {
        const name = selection.name.value;
        let fragmentCost = seenFragments.get(name);
        if (fragmentCost === undefined) {
          // A cycle (refused by NoFragmentCyclesRule anyway) counts its repeat as nothing.
          seenFragments.set(name, 0);
          const fragment = context.getFragment(name);
          fragmentCost = fragment ? OBJECT_COST + setCost(fragment.selectionSet, context.getSchema().getType(fragment.typeCondition.name.value) ?? undefined, DEPTH_FACTOR) : 0;
          seenFragments.set(name, fragmentCost);
        }
        cost += factor * (SCALAR_COST + DEPTH_FACTOR * fragmentCost);
      }
    }
    return cost;
  };

  // The operation's own fields are summed as they are, as armor does.
  return setCost(selectionSet, root, 1);
}

/** Refuses an operation costing more than `maxCost`, through `onReject` (armor's message without the figure). */
export function costLimitRule(maxCost: number, onReject: (context: ValidationContext, error: GraphQLError) => void): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const schema = context.getSchema();
      const root = schema.getRootType(operation.operation);
      const cost = queryCost(context, operation.selectionSet, root ?? undefined);
      if (cost > maxCost) onReject(context, new GraphQLError(`Query Cost limit of ${maxCost} exceeded, found ${cost}.`));
    },
  });
}
