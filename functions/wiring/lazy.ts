type AsyncMethods<T> = { [K in keyof T]-?: T[K] extends (...args: never[]) => Promise<unknown> ? K : never }[keyof T];

/**
 * A port whose adapter is built the first time one of its methods is called, not when the
 * function starts: for adapters whose packages are bundled apart from the handler
 * (infra/bundling.ts, SEPARATELY_BUNDLED), so a cold start neither loads nor builds them.
 * `methods` names every method of the port (the type checks that none is missing); all are
 * async, so a caller cannot tell. A failed load is tried again on the next call.
 */
export function builtOnFirstCall<T extends object>(build: () => Promise<T>, methods: { [K in keyof T]-?: K extends AsyncMethods<T> ? true : never }): T {
  let built: Promise<T> | undefined;
  const target = () =>
    (built ??= build().catch((error: unknown) => {
      built = undefined;
      throw error;
    }));
  const port: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const name of Object.keys(methods)) {
    port[name] = async (...args) => {
      const adapter = (await target()) as Record<string, (...a: unknown[]) => Promise<unknown>>;
      return adapter[name](...args);
    };
  }
  return port as T;
}
