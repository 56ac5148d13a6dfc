import type { GuideMeta } from '../domain/guide';
import type { Role } from '../domain/roles';

const ROLE_HEADINGS: Record<Role, string> = {
  leder: 'For ledere',
  veileder: 'For Nav-veiledere',
  lege: 'For leger',
};

/** Lists every guide grouped by role, with the page's own guides first; calls back with the choice. */
export function GuidePicker(props: {
  forPage: readonly GuideMeta[];
  others: readonly GuideMeta[];
  selectedId: string | null;
  onChoose: (guideId: string) => void;
}) {
  const { forPage, others, selectedId, onChoose } = props;
  const byRole = (['leder', 'veileder', 'lege'] as const)
    .map((role) => ({ role, guides: others.filter((guide) => guide.roles[0] === role) }))
    .filter((group) => group.guides.length > 0);
  return (
    <label class="picker">
      <span class="picker__label">Samtaleguide</span>
      <select
        class="picker__select"
        value={selectedId ?? ''}
        onChange={(event) => {
          const value = (event.currentTarget as HTMLSelectElement).value;
          if (value) onChoose(value);
        }}
      >
        {selectedId === null && <option value="">Velg en guide …</option>}
        {forPage.length > 0 && (
          <optgroup label="For denne siden">
            {forPage.map((guide) => (
              <option key={guide.id} value={guide.id}>
                {guide.title}
              </option>
            ))}
          </optgroup>
        )}
        {byRole.map((group) => (
          <optgroup key={group.role} label={ROLE_HEADINGS[group.role]}>
            {group.guides.map((guide) => (
              <option key={guide.id} value={guide.id}>
                {guide.title}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}
