import type { TargetForm } from '../../domain/target-form';
import { oppfolgingsplanForm } from './oppfolgingsplan';
import { referatForm } from './referat';
import { sykmeldingForm } from './sykmelding';

/** Every target form the panel drafts text for. */
export const TARGET_FORMS: readonly TargetForm[] = [oppfolgingsplanForm, sykmeldingForm, referatForm];
