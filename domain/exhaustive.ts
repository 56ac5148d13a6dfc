/** Marks a branch no value can reach: tsc fails here when a union (an item kind, a question) gains a member. */
export function unreachable(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
