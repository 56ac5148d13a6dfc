import { deleteEverything, readEverything } from './case-store';
import { SYSTEM_CLOCK } from './clock';
import { downloadText } from './download';
import { forgetAllJournalSites } from './journal-sites';

/** The file the error screen saves: every stored key of both areas, untouched, so nothing is lost. */
const RECOVERY_FILE_FORMAT = 'folgesvenn-alt-lagret';

/** Deletes every case, note, setting and quarantined entry, and gives back the journal sites' access. */
export async function deleteAllData(): Promise<void> {
  await forgetAllJournalSites().catch(() => undefined); // Deleting the notes must not wait on a permission error.
  await deleteEverything();
}

/** The error screen's actions in the browser: reload, save everything stored as a file, delete everything. */
export function createBrowserRecovery(reload: () => void): {
  retry: () => void;
  saveAll: () => Promise<void>;
  deleteAll: () => Promise<void>;
} {
  return {
    retry: reload,
    async saveAll() {
      const stored = await readEverything();
      const file = { format: RECOVERY_FILE_FORMAT, savedAt: SYSTEM_CLOCK.now(), ...stored };
      downloadText(`folgesvenn-alt-${SYSTEM_CLOCK.today()}.json`, JSON.stringify(file, null, 2));
    },
    async deleteAll() {
      await deleteAllData();
      reload();
    },
  };
}
