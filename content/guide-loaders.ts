import type { Guide, GuideLibrary } from '../domain/guide';
import { GUIDE_INDEX } from './guide-index';

// One loader per guide, so the panel loads only the guides a page or a case needs (each becomes its own
// chunk); the guides' item ids are a chunk of their own too (content/guide-index-items.ts), loaded once a
// case has answers. tests/unit/content/guide-index.test.ts checks that this list, both index files and
// content/library.ts agree.

/** Loads each guide by id. */
export const GUIDE_LOADERS: Readonly<Record<string, () => Promise<Guide>>> = {
  'ia-funksjonsvurdering-leder': () =>
    import('./guides/ia-funksjonsvurdering-leder').then((m) => m.iaFunksjonsvurderingLeder),
  'viktige-samtalen-gjennomforing': () =>
    import('./guides/viktige-samtalen-gjennomforing').then((m) => m.viktigeSamtalenGjennomforing),
  'viktige-samtalen-oppfolgingsplan': () =>
    import('./guides/viktige-samtalen-oppfolgingsplan').then((m) => m.viktigeSamtalenOppfolgingsplan),
  'viktige-samtalen-forberedelse': () =>
    import('./guides/viktige-samtalen-forberedelse').then((m) => m.viktigeSamtalenForberedelse),
  'dialogmote-leder': () => import('./guides/dialogmote-leder').then((m) => m.dialogmoteLeder),
  'ia-funksjonsvurdering-rad': () =>
    import('./guides/ia-funksjonsvurdering-rad').then((m) => m.iaFunksjonsvurderingRad),
  'dialogmote-veileder': () => import('./guides/dialogmote-veileder').then((m) => m.dialogmoteVeileder),
  'kartlegging-jobbforventninger': () =>
    import('./guides/kartlegging-jobbforventninger').then((m) => m.kartleggingJobbforventninger),
  'nav-virkemidler': () => import('./guides/nav-virkemidler').then((m) => m.navVirkemidler),
  'jobbmestringssamtalen-fastlege': () =>
    import('./guides/jobbmestringssamtalen-fastlege').then((m) => m.jobbmestringssamtalenFastlege),
  'sykmelding-lege': () => import('./guides/sykmelding-lege').then((m) => m.sykmeldingLege),
  'jobbfokusert-terapi': () => import('./guides/jobbfokusert-terapi').then((m) => m.jobbfokusertTerapi),
  'oversikt-over-arbeidssituasjonen': () =>
    import('./guides/oversikt-over-arbeidssituasjonen').then((m) => m.oversiktOverArbeidssituasjonen),
};

/** The library the panel uses: the index at once; the item ids and each guide when they are needed. */
export const LAZY_LIBRARY: GuideLibrary = {
  index: GUIDE_INDEX,
  loadItemIds: () => import('./guide-index-items').then((module) => module.GUIDE_ITEM_IDS),
  load: (id) => GUIDE_LOADERS[id]?.() ?? Promise.resolve(null),
};
