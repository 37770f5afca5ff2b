/// <reference lib="dom" />
/**
 * The whole contact flow by keyboard alone: Tab to move, typing, Space and arrow keys for choices,
 * Enter to go on. No clicks. Proves every control is reachable and usable without a mouse.
 */
import type { Page } from 'playwright-core';
import { assert, DEMO_PASSWORD, type Server } from './harness.js';

interface Focused {
  tag: string;
  type: string;
  label: string;
  group: string;
  checked: boolean;
}

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    if (!el) return { tag: '', type: '', label: '', group: '', checked: false };
    const label = (el.labels?.[0]?.textContent ?? el.getAttribute('aria-label') ?? el.textContent ?? '')
      .replace(/\s+/g, ' ')
      .trim();
    const group = (el.closest('fieldset')?.querySelector('legend')?.textContent ?? '').replace(/\s+/g, ' ').trim();
    return { tag: el.tagName.toLowerCase(), type: el.type ?? '', label, group, checked: Boolean(el.checked) };
  });
}

/** Presses Tab until the focused control matches; fails after 120 presses. */
async function tabTo(page: Page, matches: (f: Focused) => boolean, what: string): Promise<Focused> {
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (matches(f)) return f;
  }
  throw new Error(`Could not reach "${what}" with the Tab key`);
}

const labelled = (text: string) => (f: Focused) => f.label === text || f.label.startsWith(text);

async function typeInto(page: Page, label: string, text: string): Promise<void> {
  await tabTo(page, labelled(label), label);
  await page.keyboard.type(text);
}

async function press(page: Page, label: string): Promise<void> {
  await tabTo(page, (f) => (f.tag === 'button' || f.tag === 'a') && f.label.startsWith(label), label);
  await page.keyboard.press('Enter');
}

/** Tabs into a radio group, then moves with the arrow keys to the choice (arrows also select it). */
async function chooseRadio(page: Page, group: string, choice: string | RegExp): Promise<void> {
  let f = await tabTo(page, (x) => x.type === 'radio' && x.group.startsWith(group), `${group} radios`);
  const wanted = (label: string) => (typeof choice === 'string' ? label === choice : choice.test(label));
  for (let i = 0; i < 15 && !wanted(f.label); i++) {
    await page.keyboard.press('ArrowDown');
    f = await focused(page);
  }
  assert(wanted(f.label), `Could not reach the choice "${String(choice)}" in "${group}" with the arrow keys`);
  if (!f.checked) await page.keyboard.press('Space');
}

async function tickBox(page: Page, label: string): Promise<void> {
  await tabTo(page, (f) => f.type === 'checkbox' && f.label === label, label);
  await page.keyboard.press('Space');
}

async function heading(page: Page, name: string): Promise<void> {
  await page.getByRole('heading', { name, level: 1 }).waitFor();
}

export async function contactByKeyboardAlone(page: Page, server: Server): Promise<void> {
  await page.goto(`${server.url}/sign-in`);
  await heading(page, 'Sign in to Sightline');
  await typeInto(page, 'Username', 'duty.worker');
  await typeInto(page, 'Password', DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  await heading(page, 'Contacts');
  await page.getByRole('cell').first().waitFor();
  await press(page, 'Start a new contact');

  await heading(page, 'Find the child’s records');
  await press(page, 'Continue');

  await heading(page, 'Who the child is');
  await typeInto(page, 'Name or label for the child', 'Child K');
  await chooseRadio(page, 'Sex', 'Female');
  await chooseRadio(page, 'Is the child not born yet?', 'No');
  await typeInto(page, 'Years', '3');
  await press(page, 'Save and continue');

  await heading(page, 'History checks');
  await chooseRadio(page, 'Our own records', 'Checked');
  await typeInto(page, 'What the check found', 'Two earlier contacts about missed meals, both closed with advice.');
  await press(page, 'Save and continue');

  await heading(page, 'What the concern is');
  await chooseRadio(page, 'What is it about?', 'Food, clothes, washing and physical care');
  await tickBox(page, 'Child is hungry or goes without meals');
  await typeInto(page, 'What was seen or said', 'Nursery staff say she arrives hungry most mornings and eats others’ food.');
  await typeInto(page, 'Who told you', 'nursery');
  await press(page, 'Save and continue');

  for (const name of ['Measures and patterns', 'The child’s own words', 'Parents and household', 'Working with the family']) {
    await heading(page, name);
    await press(page, 'Save and continue');
  }

  await heading(page, 'Consent and information sharing');
  await chooseRadio(page, 'Has the family agreed to information being shared?', 'Yes, they agreed');
  await press(page, 'Save and continue');

  await heading(page, 'Analysis');
  await press(page, 'Continue');

  await heading(page, 'Your decision');
  await chooseRadio(page, 'What should happen next?', /\(recommended\)/);
  await typeInto(page, 'Your analysis', 'Hunger reported by nursery with two earlier contacts: the family needs help now.');
  await press(page, 'Continue');

  await heading(page, 'Check your answers before deciding');
  await press(page, 'Send decision');
  await page.waitForURL(/\/decisions\/[0-9a-f-]+$/);
  await page.getByRole('heading', { name: /Decision record: Child K/ }).waitFor();
}
