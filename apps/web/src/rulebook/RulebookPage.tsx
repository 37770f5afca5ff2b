/**
 * The rulebook: every rule Sightline runs, in plain English, beside the parameters it reads (with
 * the value in force and its source) and the documents it rests on. Generated from the core's
 * rule catalogue and the partnership's framework, so it is always the rules actually in force.
 */
import { type Framework, formatCitation, parameterAt, type Rule, ruleCatalogue } from '@sightline/core';
import { useMemo, useState } from 'react';
import { todayIso } from '../analysis/useAssessment.js';
import { Citations } from '../analysis/AssessmentView.js';
import { Tag } from '../components/display.js';
import { SummaryList } from '../components/SummaryList.js';
import { useFramework } from '../framework/framework.js';
import { formatDate } from '../format/dates.js';
import { Page } from '../layout/Page.js';
import { domainLabels } from '../contact/vocabulary.js';

const groupNames: Record<string, string> = {
  health: domainLabels.health,
  care: domainLabels['physical-care'],
  education: domainLabels.education,
  supervision: domainLabels.supervision,
  safety: domainLabels.safety,
  home: domainLabels['home-conditions'],
  emotional: domainLabels.emotional,
  development: domainLabels.development,
  engagement: 'How the family works with services',
  unborn: 'Unborn babies',
  parent: 'Parents’ own circumstances',
  household: 'The household',
  history: 'History',
  gap: 'Gaps: what a decision lacks',
  action: 'Actions: what must happen',
  clock: 'Timescales',
};

const phaseTag = {
  finding: { text: 'Finding', colour: 'blue' },
  gap: { text: 'Gap', colour: 'yellow' },
  action: { text: 'Action', colour: 'purple' },
} as const;

function groupOf(rule: Rule): string {
  return rule.id.split('.')[0] ?? 'other';
}

function RuleEntry({ rule, framework, today }: { rule: Rule; framework: Framework; today: string }) {
  const tag = phaseTag[rule.phase];
  return (
    <div className="govuk-summary-card" id={rule.id}>
      <div className="govuk-summary-card__title-wrapper">
        <h3 className="govuk-summary-card__title">
          {rule.title} <Tag colour={tag.colour}>{tag.text}</Tag>
        </h3>
      </div>
      <div className="govuk-summary-card__content">
        <SummaryList
          rows={[
            { key: 'Code', value: <code>{rule.id}</code> },
            { key: 'When it applies', value: rule.condition },
            ...rule.parameters.map((name) => {
              const p = framework.parameters[name];
              if (!p) return { key: name, value: 'Not set in this framework' };
              const reading = parameterAt(framework, name, today);
              return {
                key: p.description,
                value: (
                  <>
                    {reading.value} {p.unit}, in force from {formatDate(reading.from)}
                    <br />
                    <span className="govuk-body-s sl-citation">Source: {formatCitation(reading.citation)}</span>
                  </>
                ),
              };
            }),
            { key: 'Sources', value: <Citations citations={rule.citations} /> },
          ]}
        />
      </div>
    </div>
  );
}

/** The rulebook page. */
export function RulebookPage() {
  const { framework, error } = useFramework();
  const [filter, setFilter] = useState('all');
  const today = useMemo(() => todayIso(), []);
  const groups = useMemo(() => {
    const map = new Map<string, Rule[]>();
    for (const rule of ruleCatalogue) map.set(groupOf(rule), [...(map.get(groupOf(rule)) ?? []), rule]);
    return [...map.entries()];
  }, []);
  if (error) {
    return (
      <Page title="Rulebook">
        <p className="govuk-body">The framework could not be loaded: {error}</p>
      </Page>
    );
  }
  if (!framework) {
    return (
      <p className="govuk-body" role="status">
        Loading the rulebook…
      </p>
    );
  }
  const shown = groups.filter(([g]) => filter === 'all' || g === filter);
  return (
    <Page title="Rulebook" wide>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body-l">
            Every rule Sightline runs ({ruleCatalogue.length}), when it applies, the figures it compares against and where each
            comes from.
          </p>
          <SummaryList
            rows={[
              { key: 'Framework in force', value: framework.name },
              { key: 'Partnership', value: framework.partnership },
              { key: 'Version', value: framework.version },
              { key: 'Applies from', value: formatDate(framework.appliesFrom) },
              { key: 'Levels', value: framework.levels.map((l) => l.name).join('; ') },
            ]}
          />
          <div className="govuk-form-group">
            <label className="govuk-label" htmlFor="rule-group">
              Show rules about
            </label>
            <select id="rule-group" className="govuk-select" value={filter} onChange={(e) => setFilter(e.target.value)}>
              <option value="all">Everything</option>
              {groups.map(([g, rules]) => (
                <option key={g} value={g}>
                  {groupNames[g] ?? g} ({rules.length})
                </option>
              ))}
            </select>
          </div>
          {shown.map(([g, rules]) => (
            <section key={g} aria-labelledby={`group-${g}`}>
              <h2 className="govuk-heading-l" id={`group-${g}`}>
                {groupNames[g] ?? g}
              </h2>
              {rules.map((rule) => (
                <RuleEntry key={rule.id} rule={rule} framework={framework} today={today} />
              ))}
            </section>
          ))}
        </div>
      </div>
    </Page>
  );
}
