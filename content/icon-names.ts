/** The Aksel icons the panel uses, by what they mean in the panel → the icon's file name in the set. */
export const PANEL_ICON_FILES = {
  copy: 'Files',
  print: 'PrinterSmall',
  add: 'Plus',
} as const;

/** An icon the panel can show. */
export type PanelIconName = keyof typeof PANEL_ICON_FILES;
