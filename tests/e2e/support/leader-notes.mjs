// The leader's notes used by the slice journey and the demo: the same synthetic conversation.
import { unfold } from './disclosure.mjs';

/** What the leader writes under core questions 1 and 2, and the draft it gives for typiskArbeidshverdag. */
export const LEADER_NOTES = {
  arbeidsdagen: 'Starter kl. 8 med varemottak\nplukker ordre til kl. 11\nkundeservice på telefon etter lunsj',
  endres: 'slipper tunge løft i fire uker\nkortere dager: 09–13',
  draftedArbeidsdag: 'Starter kl. 8 med varemottak. Plukker ordre til kl. 11. Kundeservice på telefon etter lunsj.',
};

/** Types the leader's notes under core questions 1 and 2 in the panel. */
export async function writeLeaderNotes(panel) {
  await panel.getByLabel('Notat: Gå sammen gjennom en vanlig arbeidsdag').fill(LEADER_NOTES.arbeidsdagen);
  // The guide opens on its core path with every section open; open it whether or not it is folded.
  await unfold(panel.locator('.section[data-section="endres"]'));
  await panel.getByLabel('Notat: Ta utgangspunkt i det som var vanskelig').fill(LEADER_NOTES.endres);
}
