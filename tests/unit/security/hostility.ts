import fc from 'fast-check';
import type { RejectionReason } from '../../../domain/messages';
import type { SenderInfo } from '../../../domain/sender';
import { createSnapshotHub } from '../../../platform/snapshot-hub';
import { POLICY, VALID_SNAPSHOT } from './arbitraries';

// The hostility property, shared by the real gate and its mutation check: a hub is handed one
// message from one sender, and must answer with a typed rejection, throw nothing, and change nothing.

/** A hub with its side effects recorded. The fake tab answers a valid snapshot, so an accepted request would show. */
export function createWatchedHub() {
  const effects = { broadcasts: 0, tabRequests: 0 };
  const hub = createSnapshotHub({
    policy: () => POLICY,
    broadcast: () => {
      effects.broadcasts += 1;
    },
    requestFromTab: async () => {
      effects.tabRequests += 1;
      return structuredClone(VALID_SNAPSHOT);
    },
  });
  return { hub, effects };
}

/** One hub for a whole property run, with a running count of the messages it was handed. */
export type WatchedHub = ReturnType<typeof createWatchedHub>;

/**
 * Hands one message to the hub and lists what went wrong: anything but `{ ok: false, reason }` with
 * the expected reason, an exception, or any change of state or side effect.
 */
export async function hostilityProblems(
  watched: WatchedHub,
  message: unknown,
  sender: SenderInfo,
  expected: RejectionReason,
): Promise<string[]> {
  const { hub, effects } = watched;
  const before = { size: hub.size(), ...effects, refused: refusedCount(watched) };
  let response: unknown;
  try {
    response = await hub.handle(message, sender);
  } catch (error) {
    return [`threw ${String(error)}`];
  }
  const problems: string[] = [];
  const isRejection =
    typeof response === 'object' &&
    response !== null &&
    Object.keys(response).sort().join() === 'ok,reason' &&
    (response as { ok: unknown }).ok === false;
  if (!isRejection) problems.push(`answered ${safeJson(response)} instead of a rejection`);
  else if ((response as { reason: unknown }).reason !== expected) {
    problems.push(`rejected as ${String((response as { reason: unknown }).reason)}, expected ${expected}`);
  }
  if (hub.size() !== before.size) problems.push(`held ${hub.size()} snapshots, had ${before.size}`);
  if (effects.broadcasts !== before.broadcasts) problems.push('broadcast to the panels');
  if (effects.tabRequests !== before.tabRequests) problems.push('asked a tab for its snapshot');
  if (refusedCount(watched) !== before.refused + 1) problems.push('the refusal was not counted');
  return problems;
}

function refusedCount({ hub }: WatchedHub): number {
  const stats = hub.stats();
  return stats.invalidMessage + stats.forbiddenSender;
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value)?.slice(0, 200) ?? String(value);
  } catch {
    return '(unprintable)';
  }
}

/** Runs a property over messages, each sent from every sender given; returns fast-check's report and the count sent. */
export async function runHostility(
  messages: fc.Arbitrary<unknown>,
  senders: fc.Arbitrary<readonly SenderInfo[]>,
  expected: RejectionReason,
  numRuns: number,
  /** Turns a generated value into the message (for objects fast-check must not hold). */
  build: (generated: unknown) => unknown = (generated) => generated,
): Promise<{ details: fc.RunDetails<[unknown, readonly SenderInfo[]]>; sent: number }> {
  const watched = createWatchedHub();
  let sent = 0;
  const details = await fc.check(
    fc.asyncProperty(messages, senders, async (generated, from) => {
      for (const sender of from) {
        const message = build(generated);
        sent += 1;
        const problems = await hostilityProblems(watched, message, sender, expected);
        if (problems.length > 0) throw new Error(problems.join('; '));
      }
    }),
    { numRuns },
  );
  return { details, sent };
}

/** fast-check's failure, printable even when the counterexample is a hostile object. */
export function describeFailure(details: fc.RunDetails<[unknown, readonly SenderInfo[]]>): string {
  if (!details.failed) return 'passed';
  return `${details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)} (seed ${details.seed}, path ${details.counterexamplePath}): ${safeJson(details.counterexample)}`;
}
