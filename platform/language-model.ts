// Chrome's built-in language model (the Prompt API, `LanguageModel`), used only where the device
// has one: it runs locally, and nothing is sent anywhere. Feature-detected; absent → no control.

interface LanguageModelSession {
  prompt(input: string): Promise<string>;
  destroy(): void;
}

interface LanguageModelApi {
  availability(options?: unknown): Promise<'unavailable' | 'downloadable' | 'downloading' | 'available'>;
  create(options?: unknown): Promise<LanguageModelSession>;
}

function api(): LanguageModelApi | null {
  const candidate = (globalThis as { LanguageModel?: LanguageModelApi }).LanguageModel;
  return candidate && typeof candidate.availability === 'function' ? candidate : null;
}

/** True when a language model is ready on this device (not one that would first be downloaded). */
export async function hasLocalLanguageModel(): Promise<boolean> {
  const model = api();
  if (!model) return false;
  try {
    return (await model.availability()) === 'available';
  } catch {
    return false;
  }
}

/** Rewrites a drafted field text in plain bokmål, keeping its meaning; the caller runs the privacy guard after. */
export async function rewordLocally(text: string, instruction: string): Promise<string> {
  const model = api();
  if (!model) throw new Error('no-language-model');
  const session = await model.create();
  try {
    return (await session.prompt(`${instruction}\n\n${text}`)).trim();
  } finally {
    session.destroy();
  }
}
