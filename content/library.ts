import type { Guide } from '../domain/guide';
import { iaFunksjonsvurderingLeder } from './guides/ia-funksjonsvurdering-leder';

/** Every guide in the library, in the order the picker lists them. */
export const GUIDES: readonly Guide[] = [iaFunksjonsvurderingLeder];
