/** A decision record's rationale (the core's `composeRationale`) in GOV.UK styles: the same words as the printed record. */
import type { Rationale, RationaleBlock } from '@sightline/core';

function Block({ block }: { block: RationaleBlock }) {
  switch (block.kind) {
    case 'paragraph':
      return <p className="govuk-body">{block.text}</p>;
    case 'quote':
      return (
        <div className="govuk-inset-text">
          {block.paragraphs.map((p) => (
            <p className="govuk-body" key={p}>
              {p}
            </p>
          ))}
        </div>
      );
    case 'fields':
      return (
        <dl className="govuk-summary-list">
          {block.fields.map((f) => (
            <div className="govuk-summary-list__row" key={f.label}>
              <dt className="govuk-summary-list__key">{f.label}</dt>
              <dd className="govuk-summary-list__value">{f.value}</dd>
            </div>
          ))}
        </dl>
      );
    case 'entries': {
      const List = block.ordered ? 'ol' : 'ul';
      return (
        <List className={`govuk-list${block.ordered ? ' govuk-list--number' : ''}`}>
          {block.entries.map((e, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: entries are a fixed, ordered list
            <li key={i} className="govuk-!-margin-bottom-4">
              <h3 className="govuk-heading-s govuk-!-margin-bottom-1">{e.title}</h3>
              {e.paragraphs.map((p) => (
                <p className="govuk-body govuk-!-margin-bottom-1" key={p}>
                  {p}
                </p>
              ))}
              {e.lists.map((l) => (
                <div key={l.label}>
                  <p className="govuk-body-s govuk-!-font-weight-bold govuk-!-margin-bottom-0">{l.label}</p>
                  <ul className="govuk-list govuk-list--bullet govuk-body-s">
                    {l.items.map((item) => (
                      <li key={item}>{item}</li>
                    ))}
                  </ul>
                </div>
              ))}
            </li>
          ))}
        </List>
      );
    }
  }
}

/** Every section of the rationale, in reading order. */
export function RationaleView({ rationale, skipTitle = true }: { rationale: Rationale; skipTitle?: boolean }) {
  return (
    <>
      {skipTitle ? null : <h2 className="govuk-heading-l">{rationale.title}</h2>}
      {rationale.sections.map((s) => (
        <section key={s.id} aria-labelledby={`section-${s.id}`} data-section={s.id}>
          <h2 className="govuk-heading-m" id={`section-${s.id}`}>
            {s.heading}
          </h2>
          {s.blocks.map((b, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: blocks are a fixed, ordered list
            <Block key={i} block={b} />
          ))}
        </section>
      ))}
    </>
  );
}
