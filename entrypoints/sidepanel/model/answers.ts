import type { ReadonlySignal } from '@preact/signals';
import { answerScale, type CaseRecord } from '../../../domain/case';
import { type Guide, isTickable } from '../../../domain/guide';
import type { PanelPlatform } from '../../../platform/panel-platform';
import type { CasesModel } from './cases';

/** The user's answers to the open guide, written to the active case: notes, ticks, scales, choices, free notes. */
export function createAnswers(deps: {
  clock: PanelPlatform['clock'];
  activeCase: ReadonlySignal<CaseRecord | null>;
  guide: ReadonlySignal<Guide | null>;
  updateMap: CasesModel['updateMap'];
  updateField: CasesModel['updateField'];
}) {
  const { clock, activeCase, updateMap, updateField } = deps;
  function toggleTick(itemId: string): void {
    updateMap('ticks', itemId, activeCase.value?.ticks[itemId] ? undefined : true);
  }
  return {
    setNote(itemId: string, text: string): void {
      updateMap('notes', itemId, text === '' ? undefined : text);
    },
    toggleTick,
    /** Ticks or unticks an item of the open guide from the keyboard; an item with no tick is left alone. */
    toggleTickOf(itemId: string): void {
      const item = deps.guide.value?.sections
        .flatMap((section) => section.items)
        .find((candidate) => candidate.id === itemId);
      if (item && isTickable(item)) toggleTick(itemId);
    },
    setScale(itemId: string, value: number | undefined): void {
      updateMap('scales', itemId, answerScale(activeCase.value?.scales[itemId], value, clock.today()));
    },
    setChoice(itemId: string, index: number): void {
      updateMap('choices', itemId, index);
    },
    setFreeNotes(text: string): void {
      updateField('freeNotes', text);
    },
  };
}
