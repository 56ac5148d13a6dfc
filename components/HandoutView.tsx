import { formatDateNb, type IsoDate } from '../domain/dates';
import type { Source } from '../domain/guide';
import { datedDeadlines, type Handout, type HandoutSection } from '../domain/handout';
import { formatMessage } from '../domain/i18n';
import type { TimelineRule } from '../domain/timeline';

/** The deadlines of a section as a table: when, what, and the date (blank to write in without a first sick day). */
function DeadlineTable(props: {
  handout: Handout;
  section: HandoutSection;
  rules: readonly TimelineRule[];
  firstSickDay: IsoDate | null;
}) {
  const { labels } = props.handout;
  const rows = datedDeadlines(props.section, props.rules, props.firstSickDay);
  return (
    <>
      <p class="handout__dates-note">
        {props.firstSickDay === null
          ? labels.datesBlank
          : formatMessage(labels.datesFrom, { date: formatDateNb(props.firstSickDay) })}
      </p>
      <table class="handout__deadlines">
        <thead>
          <tr>
            <th scope="col">{labels.when}</th>
            <th scope="col">{labels.what}</th>
            <th scope="col">{labels.date}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ deadline, date, approximate }) => (
            <tr key={deadline.when}>
              <th scope="row">{deadline.when}</th>
              <td>{deadline.text}</td>
              <td class={date === null ? 'handout__date handout__date--blank' : 'handout__date'}>
                {date !== null && (approximate ? `${labels.about} ${formatDateNb(date)}` : formatDateNb(date))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/**
 * A printable handout for the person on sick leave, in bokmål whatever the UI language: its sections,
 * the deadlines (dated only when a first sick day is given; nothing else of a case is ever shown), the
 * links, and the sources of every section at the end.
 */
export function HandoutView(props: {
  handout: Handout;
  rules: readonly TimelineRule[];
  firstSickDay: IsoDate | null;
  sourceLabel: (source: Source) => string;
}) {
  const { handout } = props;
  return (
    <main class="print handout" lang="nb" data-ready="true" data-handout={handout.id}>
      <header class="print__header">
        <h1>{handout.title}</h1>
        <p class="handout__intro">{handout.intro}</p>
      </header>
      {handout.sections.map((section) => (
        <section key={section.id} class="handout__section" aria-labelledby={`handout-${section.id}`}>
          <h2 id={`handout-${section.id}`}>{section.title}</h2>
          {section.paragraphs.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
          {section.bullets && (
            <ul>
              {section.bullets.map((bullet) => (
                <li key={bullet}>{bullet}</li>
              ))}
            </ul>
          )}
          {section.deadlines && (
            <DeadlineTable handout={handout} section={section} rules={props.rules} firstSickDay={props.firstSickDay} />
          )}
          {section.links && (
            <ul class="handout__links">
              {section.links.map((link) => (
                <li key={link.url}>
                  {link.label}
                  <br />
                  <a href={link.url}>{link.url}</a>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
      <footer class="print__footer handout__footer">
        <h2>{handout.labels.sources}</h2>
        <ul class="handout__sources">
          {handout.sections.map((section) => (
            <li key={section.id}>
              <strong>{section.title}</strong>
              {' – '}
              {section.sources.map(props.sourceLabel).join('; ')}
            </li>
          ))}
        </ul>
        <p>{handout.labels.footer}</p>
      </footer>
    </main>
  );
}
