import { unreachable } from '../domain/exhaustive';
import {
  type Guide,
  type GuideItem,
  type GuideItemKind,
  isCore,
  listGuideItems,
  SOURCE_DOCUMENTS,
  type Source,
} from '../domain/guide';
import type { Handout } from '../domain/handout';
import { ROLES, type Role } from '../domain/roles';

type SourceDocumentId = (typeof SOURCE_DOCUMENTS)[number];

/** One guide item as domain experts review it (the JSON shape of `npm run catalogue -- --json`). */
export interface CatalogueEntry {
  readonly id: string;
  /** Id of the guide the item belongs to. */
  readonly guide: string;
  readonly kind: GuideItemKind;
  readonly text: string;
  readonly source: Source;
  /** The roles of the item's guide. */
  readonly roles: readonly Role[];
  /** Target fields, `formId.fieldId`; empty when the item feeds none. */
  readonly feeds: readonly string[];
  /** Whether the item is on its guide's core path (shown first). */
  readonly core: boolean;
}

/** Item counts over the whole library. */
export interface CatalogueCounts {
  readonly total: number;
  readonly byDocument: Readonly<Record<SourceDocumentId, number>>;
  readonly byRole: Readonly<Record<Role, number>>;
  readonly byKind: Readonly<Record<GuideItemKind, number>>;
}

/** The documents' titles and sections, as `content/sources.ts` lists them. */
export type SourceList = Readonly<
  Record<SourceDocumentId, { readonly title: string; readonly sections: readonly string[] }>
>;

const KINDS: readonly GuideItemKind[] = ['question', 'advice', 'step', 'fact', 'scale', 'choice'];

const KIND_LABELS: Readonly<Record<GuideItemKind, string>> = {
  question: 'spørsmål',
  advice: 'råd',
  step: 'punkt',
  fact: 'fakta/regel',
  scale: 'skala',
  choice: 'valg',
};

const ROLE_LABELS: Readonly<Record<Role, string>> = {
  leder: 'Nærmeste leder',
  veileder: 'Nav-veileder',
  lege: 'Fastlege / sykmelder',
};

/** Flattens the library into one entry per item, in library and guide order. */
export function buildCatalogue(guides: readonly Guide[]): CatalogueEntry[] {
  return guides.flatMap((guide) =>
    listGuideItems(guide).map(({ item }) => ({
      id: item.id,
      guide: guide.id,
      kind: item.kind,
      text: item.text,
      source: {
        document: item.source.document,
        section: item.source.section,
        ...(item.source.law === undefined ? {} : { law: item.source.law }),
      },
      roles: [...guide.roles],
      feeds: [...(item.feeds ?? [])],
      core: isCore(item),
    })),
  );
}

function zeroes<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

/** Counts entries per source document, per role (an item counts once for each of its roles) and per kind. */
export function countCatalogue(entries: readonly CatalogueEntry[]): CatalogueCounts {
  const byDocument = zeroes(SOURCE_DOCUMENTS);
  const byRole = zeroes(ROLES);
  const byKind = zeroes(KINDS);
  for (const entry of entries) {
    byDocument[entry.source.document] += 1;
    byKind[entry.kind] += 1;
    for (const role of entry.roles) byRole[role] += 1;
  }
  return { total: entries.length, byDocument, byRole, byKind };
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

function describeKind(item: GuideItem): string {
  switch (item.kind) {
    case 'scale':
      return `skala ${item.scale.min}–${item.scale.max}`;
    case 'choice':
      return `valg: ${item.options.join(' / ')}`;
    case 'question':
    case 'advice':
    case 'step':
    case 'fact':
      return KIND_LABELS[item.kind];
    default:
      return unreachable(item);
  }
}

function code(values: readonly string[]): string {
  return values.length === 0 ? '–' : values.map((value) => `\`${value}\``).join(', ');
}

/** Every source a handout section cites, with the section named for the catalogue. */
function handoutCitations(handouts: readonly Handout[]): { source: Source; where: string }[] {
  return handouts.flatMap((handout) =>
    handout.sections.flatMap((section) =>
      section.sources.map((source) => ({ source, where: `\`${handout.id}/${section.id}\` (${section.title})` })),
    ),
  );
}

/** The documents that a library's items or its handouts' sections cite. */
export function documentsCited(guides: readonly Guide[], handouts: readonly Handout[]): Set<SourceDocumentId> {
  return new Set([
    ...buildCatalogue(guides).map((entry) => entry.source.document),
    ...handoutCitations(handouts).map(({ source }) => source.document),
  ]);
}

/**
 * Renders the library as Markdown for domain experts: counts per document, role and kind, then the
 * guides grouped by role, every guide with its items and sources, the handouts with their sections'
 * sources, and every source section with the items and handout sections that cite it. Deterministic (no
 * dates), so the committed file diffs cleanly.
 */
export function renderCatalogueMarkdown(
  guides: readonly Guide[],
  sources: SourceList,
  handouts: readonly Handout[],
): string {
  const entries = buildCatalogue(guides);
  const counts = countCatalogue(entries);
  const guideTitles = new Map(guides.map((guide) => [guide.id, guide.title]));
  const citations = handoutCitations(handouts);
  const lines: string[] = [];
  const push = (...more: string[]) => lines.push(...more);

  push(
    '# Katalog over guidebiblioteket',
    '',
    'Generert med `npm run catalogue` fra `content/`. Ikke rediger for hånd; endre guidene og kjør kommandoen på nytt.',
    '',
    `${counts.total} punkter i ${guides.length} guider.`,
    '',
    '## Antall per kilde',
    '',
    '| Kilde | Dokument | Punkter | Avsnitt i pasientinformasjon |',
    '|---|---|---:|---:|',
    ...SOURCE_DOCUMENTS.map(
      (doc) =>
        `| ${cell(sources[doc].title)} | \`${doc}\` | ${counts.byDocument[doc]} | ${citations.filter(({ source }) => source.document === doc).length} |`,
    ),
    '',
    '## Antall per rolle',
    '',
    'Et punkt i en guide for flere roller telles for hver rolle.',
    '',
    '| Rolle | Guider | Punkter |',
    '|---|---:|---:|',
    ...ROLES.map(
      (role) =>
        `| ${ROLE_LABELS[role]} (\`${role}\`) | ${guides.filter((guide) => guide.roles.includes(role)).length} | ${counts.byRole[role]} |`,
    ),
    '',
    '## Antall per type',
    '',
    '| Type | Punkter |',
    '|---|---:|',
    ...KINDS.map((kind) => `| ${KIND_LABELS[kind]} (\`${kind}\`) | ${counts.byKind[kind]} |`),
    '',
    '## Guider per rolle',
    '',
    'Kjernen er de få spørsmålene og stegene som betyr mest i øyeblikket: en guide åpner med dem, og én knapp viser alle punktene.',
    '',
  );
  for (const role of ROLES) {
    push(`### ${ROLE_LABELS[role]} (\`${role}\`)`, '');
    // The role's own guides first, then those it shares with a role listed before it.
    const forRole = guides
      .filter((candidate) => candidate.roles.includes(role))
      .sort((a, b) => Number(a.roles[0] !== role) - Number(b.roles[0] !== role));
    for (const guide of forRole) {
      const items = listGuideItems(guide);
      const core = items.filter(({ item }) => isCore(item)).length;
      push(
        `- **${guide.title}** (\`${guide.id}\`): ${items.length} punkter, ${core} i kjernen; åpnes først på ${code(guide.contexts)}`,
      );
    }
    push('');
  }

  push('## Guidene', '');
  for (const guide of guides) {
    push(
      `### ${guide.title}`,
      '',
      `\`${guide.id}\` · roller: ${code(guide.roles)} · sider: ${code(guide.contexts)}`,
      '',
      guide.summary,
      '',
    );
    for (const section of guide.sections) {
      push(`#### ${section.title}`, '', '| Id | Kjerne | Type | Tekst | Kilde | Felt |', '|---|---|---|---|---|---|');
      for (const item of section.items) {
        const text = item.help ? `${item.text} *(${item.help})*` : item.text;
        const law = item.source.law === undefined ? '' : ` (${item.source.law})`;
        push(
          `| \`${item.id}\` | ${isCore(item) ? 'ja' : ''} | ${cell(describeKind(item))} | ${cell(text)} | \`${item.source.document}\`: ${cell(item.source.section)}${cell(law)} | ${code(item.feeds ?? [])} |`,
        );
      }
      push('');
    }
  }

  push(
    '## Informasjon til pasienten',
    '',
    'Arkene legen skriver ut til pasienten fra guiden (bokmål). Hvert avsnitt har sine kilder; fristene følger reglene i kraft.',
    '',
  );
  for (const handout of handouts) {
    const offeredBy = guides.filter((guide) => guide.handout === handout.id).map((guide) => guide.id);
    push(`### ${handout.title}`, '', `\`${handout.id}\` · tilbys i ${code(offeredBy)}`, '', handout.intro, '');
    push('| Avsnitt | Innhold | Kilder |', '|---|---|---|');
    for (const section of handout.sections) {
      const parts = [
        ...section.paragraphs,
        ...(section.bullets ?? []).map((bullet) => `• ${bullet}`),
        ...(section.deadlines ?? []).map(({ when, text, at }) =>
          at.kind === 'milestone' ? `${when} (\`${at.milestone}\`): ${text}` : `${when}: ${text}`,
        ),
        ...(section.links ?? []).map(({ label, url }) => `${label}: ${url}`),
      ];
      const cites = section.sources
        .map(
          (source) => `\`${source.document}\`: ${source.section}${source.law === undefined ? '' : ` (${source.law})`}`,
        )
        .join('; ');
      push(`| **${cell(section.title)}** (\`${section.id}\`) | ${cell(parts.join(' / '))} | ${cell(cites)} |`);
    }
    push('');
  }

  push('## Per kilde', '');
  for (const doc of SOURCE_DOCUMENTS) {
    const cited = entries.filter((entry) => entry.source.document === doc);
    const citedByHandouts = citations.filter(({ source }) => source.document === doc);
    push(`### ${sources[doc].title} (\`${doc}\`): ${cited.length} punkter`, '');
    // The document's own section order first, then any section the list does not have.
    const sections = [
      ...new Set([
        ...sources[doc].sections,
        ...cited.map((entry) => entry.source.section),
        ...citedByHandouts.map(({ source }) => source.section),
      ]),
    ].filter(
      (section) =>
        cited.some((entry) => entry.source.section === section) ||
        citedByHandouts.some(({ source }) => source.section === section),
    );
    for (const section of sections) {
      push(`#### ${section}`, '');
      for (const entry of cited.filter((candidate) => candidate.source.section === section)) {
        push(`- \`${entry.id}\` (${guideTitles.get(entry.guide) ?? entry.guide}): ${entry.text}`);
      }
      const handoutSections = new Set(
        citedByHandouts.filter(({ source }) => source.section === section).map(({ where }) => where),
      );
      for (const where of handoutSections) push(`- pasientinformasjon ${where}`);
      push('');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
