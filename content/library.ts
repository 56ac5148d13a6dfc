import type { Guide } from '../domain/guide';
import { dialogmoteLeder } from './guides/dialogmote-leder';
import { dialogmoteVeileder } from './guides/dialogmote-veileder';
import { iaFunksjonsvurderingLeder } from './guides/ia-funksjonsvurdering-leder';
import { iaFunksjonsvurderingRad } from './guides/ia-funksjonsvurdering-rad';
import { jobbfokusertTerapi } from './guides/jobbfokusert-terapi';
import { jobbmestringssamtalenFastlege } from './guides/jobbmestringssamtalen-fastlege';
import { kartleggingJobbforventninger } from './guides/kartlegging-jobbforventninger';
import { navVirkemidler } from './guides/nav-virkemidler';
import { oversiktOverArbeidssituasjonen } from './guides/oversikt-over-arbeidssituasjonen';
import { sykmeldingLege } from './guides/sykmelding-lege';
import { viktigeSamtalenForberedelse } from './guides/viktige-samtalen-forberedelse';
import { viktigeSamtalenGjennomforing } from './guides/viktige-samtalen-gjennomforing';
import { viktigeSamtalenOppfolgingsplan } from './guides/viktige-samtalen-oppfolgingsplan';

/**
 * The whole guide library, grouped by role and, within a role, in the order a user meets them:
 * the page guide first (leader: the plan form; veileder: dialogmøte and referat; GP: syk-inn and
 * journal), then the guides for preparing and going deeper. Guides shared by several roles come
 * after the single-role guides of their first role. `pickGuides` keeps this order.
 */
export const GUIDES: readonly Guide[] = [
  // Leader (nærmeste leder)
  iaFunksjonsvurderingLeder,
  viktigeSamtalenGjennomforing,
  viktigeSamtalenOppfolgingsplan,
  viktigeSamtalenForberedelse,
  dialogmoteLeder,
  iaFunksjonsvurderingRad,
  // Nav-veileder
  dialogmoteVeileder,
  kartleggingJobbforventninger,
  navVirkemidler,
  // GP (fastlege / sykmelder)
  jobbmestringssamtalenFastlege,
  sykmeldingLege,
  jobbfokusertTerapi,
  oversiktOverArbeidssituasjonen,
];
