import type { PanelIconName } from '../content/icon-names';
import { ICONS } from '../content/icons';

/** One of NAV's Aksel icons, in the text colour at the text size; decorative (the button's text names it). */
export function Icon(props: { name: PanelIconName }) {
  const icon = ICONS[props.name];
  return (
    <svg class="icon" viewBox={icon.viewBox} width="1em" height="1em" aria-hidden="true" focusable="false">
      {icon.paths.map((path) => (
        <path
          key={path.d}
          d={path.d}
          fill="currentColor"
          fill-rule={path.evenOdd ? 'evenodd' : undefined}
          clip-rule={path.evenOdd ? 'evenodd' : undefined}
        />
      ))}
    </svg>
  );
}
