import { describe, expect, it } from 'vitest';
import {
  dayInWords,
  evaluationInvitationMail,
  evaluationLinkMail,
  evaluationLinkReminderMail,
  evaluationReminderMail,
  evaluationLinkUrl,
  questionnaireLink,
} from './evaluation-mail.js';

const input = {
  to: 'lid@example.org',
  clientId: 'client 3',
  roundId: 'round-7',
  closesOn: '2027-04-08',
  linkOrigin: 'https://regie.example.nl',
} as const;

describe('the invitation to a round', () => {
  it('links the respondent’s own questionnaire, ids encoded', () => {
    expect(questionnaireLink(input.linkOrigin, input)).toBe(
      'https://regie.example.nl/clienten/client%203/evaluatie/round-7/invullen',
    );
  });

  it('names the last day in words, the same day in any time zone', () => {
    expect(dayInWords('nl', '2027-04-08')).toBe('donderdag 8 april 2027');
    expect(dayInWords('en', '2027-04-08')).toBe('Thursday, 8 April 2027');
    expect(dayInWords('nl', '2027-10-31')).toBe('zondag 31 oktober 2027');
  });

  it('says in Dutch that a questionnaire waits, until when and where, in text and in HTML', () => {
    const mail = evaluationInvitationMail({ ...input, locale: 'nl' });
    expect(mail.to).toBe('lid@example.org');
    expect(mail.subject).toBe('Er staat een vragenlijst voor u klaar in Regie');
    expect(mail.text).toContain('tot en met donderdag 8 april 2027');
    expect(mail.text).toContain(questionnaireLink(input.linkOrigin, input));
    expect(mail.html).toContain('<html lang="nl">');
    expect(mail.html).toContain(`<a href="${questionnaireLink(input.linkOrigin, input)}">`);
  });

  it('says the same in English', () => {
    const mail = evaluationInvitationMail({ ...input, locale: 'en' });
    expect(mail.subject).toBe('A questionnaire is waiting for you in Regie');
    expect(mail.text).toContain('until and including Thursday, 8 April 2027');
    expect(mail.html).toContain('<html lang="en">');
  });

  it('escapes what goes into the HTML', () => {
    const mail = evaluationInvitationMail({ ...input, locale: 'nl', linkOrigin: 'https://regie.example.nl/"><script>' });
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&quot;&gt;&lt;script&gt;');
  });
});

describe('the personal link to a round, for a member without an account', () => {
  const token = 'A'.repeat(43);
  const linkInput = { to: 'buur@example.org', closesOn: '2027-04-08', linkOrigin: 'https://regie.example.nl', token };

  it('carries the token in the fragment of the public page, never in a path or query', () => {
    expect(evaluationLinkUrl(linkInput.linkOrigin, token)).toBe(`https://regie.example.nl/vragenlijst#${token}`);
  });

  it('says in Dutch until when, that the link is personal and works once, in text and HTML', () => {
    const mail = evaluationLinkMail(linkInput);
    expect(mail.to).toBe('buur@example.org');
    expect(mail.subject).toBe('Er staat een vragenlijst voor u klaar');
    expect(mail.text).toContain('tot en met donderdag 8 april 2027');
    expect(mail.text).toContain(`/vragenlijst#${token}`);
    expect(mail.text).toContain('alleen voor u');
    expect(mail.text).toContain('één keer');
    expect(mail.html).toContain('<html lang="nl">');
    expect(mail.html).toContain(`<a href="https://regie.example.nl/vragenlijst#${token}">`);
  });
});

describe('the reminder to answer a round', () => {
  it('reminds in Dutch of the questionnaire, the last day and the same link, in text and HTML', () => {
    const mail = evaluationReminderMail({ ...input, locale: 'nl' });
    expect(mail.to).toBe('lid@example.org');
    expect(mail.subject).toBe('Herinnering: er staat nog een vragenlijst voor u klaar in Regie');
    expect(mail.text).toContain('De laatste dag is donderdag 8 april 2027.');
    expect(mail.text).toContain(questionnaireLink(input.linkOrigin, input));
    expect(mail.html).toContain('<html lang="nl">');
    expect(mail.html).toContain(`<a href="${questionnaireLink(input.linkOrigin, input)}">`);
  });

  it('says the same in English', () => {
    const mail = evaluationReminderMail({ ...input, locale: 'en' });
    expect(mail.subject).toBe('Reminder: a questionnaire is still waiting for you in Regie');
    expect(mail.text).toContain('The last day is Thursday, 8 April 2027.');
    expect(mail.html).toContain('<html lang="en">');
  });

  it('gives a member without an account a new personal link, in Dutch, saying the old one no longer works', () => {
    const token = 'B'.repeat(43);
    const mail = evaluationLinkReminderMail({
      to: 'buur@example.org',
      closesOn: '2027-04-08',
      linkOrigin: input.linkOrigin,
      token,
    });
    expect(mail.to).toBe('buur@example.org');
    expect(mail.subject).toBe('Herinnering: er staat nog een vragenlijst voor u klaar');
    expect(mail.text).toContain('De laatste dag is donderdag 8 april 2027.');
    expect(mail.text).toContain(`/vragenlijst#${token}`);
    expect(mail.text).toContain('alleen voor u');
    expect(mail.text).toContain('werkt niet meer');
    expect(mail.html).toContain('<html lang="nl">');
    expect(mail.html).toContain(`<a href="https://regie.example.nl/vragenlijst#${token}">`);
  });
});
