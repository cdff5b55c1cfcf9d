/** An async event handler for an attribute that expects none: the promise's errors surface in the handler itself. */
export const later =
  <E>(handler: (event: E) => Promise<unknown>) =>
  (event: E): void =>
    void handler(event);
