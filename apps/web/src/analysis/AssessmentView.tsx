/** How an assessment reads on screen: findings, gaps and actions, each with its evidence and citations. */
import {
  type Assessment,
  type CaseFacts,
  type Citation,
  type Finding,
  formatCitation,
  type Gap,
  type RequiredAction,
  type Strength,
} from '@sightline/core';
import { Tag, type TagColour } from '../components/display.js';
import { formatDate } from '../format/dates.js';

/** Citations as a small list under an item. */
export function Citations({ citations }: { citations: readonly Citation[] }) {
  if (citations.length === 0) return null;
  const unique = [...new Set(citations.map(formatCitation))];
  return (
    <p className="govuk-body-s sl-citation">
      <span className="govuk-!-font-weight-bold">Source{unique.length === 1 ? '' : 's'}: </span>
      {unique.join('; ')}
    </p>
  );
}

function Evidence({ evidence }: { evidence: readonly string[] }) {
  if (evidence.length === 0) return null;
  return (
    <ul className="govuk-list govuk-list--bullet govuk-body-s">
      {evidence.map((e) => (
        <li key={e}>{e}</li>
      ))}
    </ul>
  );
}

/** The findings: what the facts show, most serious first as the engine ordered them. */
export function FindingsList({ findings, headingLevel = 2 }: { findings: readonly Finding[]; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const h = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <section aria-labelledby="findings-heading">
      <H className="govuk-heading-m" id="findings-heading">
        What the facts show ({findings.length})
      </H>
      {findings.length === 0 ? <p className="govuk-body">Nothing recorded so far points to a concern.</p> : null}
      {findings.map((f) => {
        const Heading = h;
        return (
          <div key={f.code} className="govuk-!-margin-bottom-6" data-code={f.code}>
            <Heading className="govuk-heading-s govuk-!-margin-bottom-1">{f.title}</Heading>
            <p className="govuk-body govuk-!-margin-bottom-1">{f.sentence}</p>
            <Evidence evidence={f.evidence} />
            {f.parameter ? (
              <p className="govuk-body-s">
                Compared with the partnership’s figure: {f.parameter.name} = {f.parameter.value}
              </p>
            ) : null}
            <Citations citations={f.citations} />
          </div>
        );
      })}
    </section>
  );
}

/**
 * The child's own words, every entry whether or not a box was ticked for it, before anything else
 * is weighed: reviews keep finding that the child was not heard.
 */
export function ChildsVoiceList({ facts }: { facts: CaseFacts }) {
  const voice = facts.childsVoice;
  return (
    <section aria-labelledby="voice-heading">
      <h2 className="govuk-heading-m" id="voice-heading">
        In the child’s own words
      </h2>
      {voice.length === 0 ? (
        <p className="govuk-body">
          {facts.child.unborn
            ? 'Not applicable: the baby is not born yet.'
            : 'The child’s own words are not recorded. Ask the child, seen alone where it is safe, or record what was seen of their daily life.'}
        </p>
      ) : null}
      {voice.map((v, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: entries are shown in the order recorded and may repeat
        <figure key={i} className="govuk-!-margin-left-0 govuk-!-margin-bottom-4" data-verbatim={v.verbatim}>
          {v.verbatim && v.words !== null ? (
            <blockquote className="govuk-inset-text govuk-!-margin-top-0 govuk-!-margin-bottom-1">“{v.words}”</blockquote>
          ) : (
            <p className="govuk-body govuk-!-margin-bottom-1">{v.words ?? 'No words recorded'}</p>
          )}
          <figcaption className="govuk-body-s">
            {v.verbatim ? 'The child’s exact words' : 'Not the child’s exact words (reported or observed)'},{' '}
            {v.recordedBy ? `recorded by ${v.recordedBy}` : 'recorder not recorded'},{' '}
            {v.date ? `on ${v.date}` : 'date not recorded'}.{v.context ? ` ${v.context}` : ''}
          </figcaption>
        </figure>
      ))}
    </section>
  );
}

/** One tagged item of a list: a gap, an action or a strength, with its evidence and sources. */
interface TaggedItem {
  key: string;
  title: string;
  sentence: string;
  evidence: readonly string[];
  citations: readonly Citation[];
}

/** A section of tagged items (gaps, actions, strengths), all drawn the same way. */
function TaggedList(props: {
  id: string;
  heading: string;
  intro?: string;
  whenNone: string;
  tag: string;
  colour: TagColour;
  items: readonly TaggedItem[];
}) {
  return (
    <section aria-labelledby={`${props.id}-heading`}>
      <h2 className="govuk-heading-m" id={`${props.id}-heading`}>
        {props.heading} ({props.items.length})
      </h2>
      {props.intro ? <p className="govuk-body-s">{props.intro}</p> : null}
      {props.items.length === 0 ? <p className="govuk-body">{props.whenNone}</p> : null}
      {props.items.map((item) => (
        <div key={item.key} className="govuk-!-margin-bottom-6" data-code={item.key}>
          <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
            <Tag colour={props.colour}>{props.tag}</Tag> {item.title}
          </h3>
          <p className="govuk-body govuk-!-margin-bottom-1">{item.sentence}</p>
          <Evidence evidence={item.evidence} />
          <Citations citations={item.citations} />
        </div>
      ))}
    </section>
  );
}

/** What is going well: weighed beside the findings; it never moves the recommended level. */
export function StrengthsList({ strengths }: { strengths: readonly Strength[] }) {
  return (
    <TaggedList
      id="strengths"
      heading="What is going well"
      intro="Weighed beside what the facts show; it does not change the recommended level."
      whenNone="Nothing in the recorded information rules out one of the worries; record what is going well in your analysis."
      tag="Going well"
      colour="green"
      items={strengths.map((s) => ({ ...s, key: s.id }))}
    />
  );
}

/** The gaps: what the decision lacks. */
export function GapsList({ gaps }: { gaps: readonly Gap[] }) {
  return (
    <TaggedList
      id="gaps"
      heading="What is missing"
      whenNone="No gaps found."
      tag="Gap"
      colour="yellow"
      items={gaps.map((g) => ({ ...g, key: g.code }))}
    />
  );
}

/** The required actions: what must happen whatever level is chosen. */
export function ActionsList({ actions }: { actions: readonly RequiredAction[] }) {
  return (
    <TaggedList
      id="actions"
      heading="What must happen"
      whenNone="No actions required beyond the decision."
      tag="Action"
      colour="purple"
      items={actions.map((a) => ({ ...a, key: a.code, evidence: a.because }))}
    />
  );
}

/** The chain of reasons that produced the recommendation. */
export function ReasonChain({ assessment }: { assessment: Assessment }) {
  const chain = assessment.recommendation.chain;
  return (
    <section aria-labelledby="chain-heading">
      <h2 className="govuk-heading-m" id="chain-heading">
        How Sightline reached its recommendation
      </h2>
      <ol className="govuk-list govuk-list--number sl-chain">
        {chain.map((step, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the chain is an ordered, fixed list
          <li key={i}>
            {step.sentence}
            <Citations citations={step.citations} />
          </li>
        ))}
      </ol>
    </section>
  );
}

/** "1 working day", "45 working days", "3 months". */
export function describeAmount(amount: number, unit: string): string {
  const words = unit.replace(/-/g, ' ');
  return `${amount} ${amount === 1 ? words.replace(/s$/, '') : words}`;
}

/** The timescales the decision starts or that are running. */
export function ClocksList({ assessment }: { assessment: Assessment }) {
  if (assessment.clocks.length === 0) return null;
  return (
    <section aria-labelledby="clocks-heading">
      <h2 className="govuk-heading-m" id="clocks-heading">
        Timescales
      </h2>
      <ul className="govuk-list govuk-list--bullet">
        {assessment.clocks.map((c) => (
          <li key={c.code}>
            {c.title}
            {c.dueOn ? `: by ${formatDate(c.dueOn)}` : ''} ({describeAmount(c.amount, c.unit)})
          </li>
        ))}
      </ul>
    </section>
  );
}
