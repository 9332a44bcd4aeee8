import { describe, expect, it } from 'vitest';
import { linkMail } from './invitation-mail.js';

const link = 'https://regie.example.nl/uitnodiging#abc_DEF-123';
const expiresAt = new Date('2026-03-31T12:30:00Z');

describe('the mail with a link', () => {
  it('gives the link, until when it works in Dutch time, and what to do if it was not meant for the reader', () => {
    const mail = linkMail({
      purpose: 'invitation',
      to: 'iemand@voorbeeld.nl',
      locale: 'nl',
      link,
      expiresAt,
      isProfessional: false,
    });
    expect(mail).toMatchObject({ to: 'iemand@voorbeeld.nl', subject: 'Uw uitnodiging voor Regie' });
    expect(mail.text).toContain(`\n\n${link}\n\n`);
    expect(mail.text).toContain('31 maart 2026 om 14:30 (Nederlandse tijd)');
    expect(mail.text).toContain('Is deze e-mail niet voor u bedoeld?');
    expect(mail.text).not.toContain('tweede stap');
    expect(mail.html).toContain(`<a href="${link}">Kies uw wachtwoord</a>`);
    expect(mail.html).toContain('<html lang="nl">');
  });

  it('tells a professional about the second step, and speaks English to who chose it', () => {
    const mail = linkMail({ purpose: 'invitation', to: 'prof@ggz.nl', locale: 'en', link, expiresAt, isProfessional: true });
    expect(mail.subject).toBe('Your invitation to Regie');
    expect(mail.text).toContain('31 March 2026 at 14:30 (Dutch time)');
    expect(mail.text).toContain('second step for signing in');
  });

  it('asks for a new password only if the reader asked for it', () => {
    const nl = linkMail({ purpose: 'password_reset', to: 'a@b.nl', locale: 'nl', link, expiresAt, isProfessional: false });
    expect(nl.subject).toBe('Nieuw wachtwoord voor Regie');
    expect(nl.text).toContain('Uw wachtwoord blijft hetzelfde');
    const en = linkMail({ purpose: 'password_reset', to: 'a@b.nl', locale: 'en', link, expiresAt, isProfessional: false });
    expect(en.subject).toBe('A new password for Regie');
  });

  it('escapes the link in the HTML version', () => {
    const mail = linkMail({
      purpose: 'invitation',
      to: 'a@b.nl',
      locale: 'nl',
      link: 'https://x.nl/"><script>',
      expiresAt,
      isProfessional: false,
    });
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&quot;&gt;&lt;script&gt;');
  });
});

describe('the mail asking someone to join a resource group', () => {
  it('says what is asked, and still names nobody', () => {
    const nl = linkMail({
      purpose: 'invitation',
      to: 'buur@voorbeeld.nl',
      locale: 'nl',
      link,
      expiresAt,
      isProfessional: false,
      forGroup: true,
    });
    expect(nl.subject).toBe('Een vraag om mee te doen in een resourcegroep');
    expect(nl.text).toContain('Daar zegt u ja of nee.');
    expect(nl.text).toContain(`\n\n${link}\n\n`);
    expect(nl.html).toContain(`<a href="${link}">Bekijk de vraag</a>`);
    const en = linkMail({
      purpose: 'invitation',
      to: 'buur@voorbeeld.nl',
      locale: 'en',
      link,
      expiresAt,
      isProfessional: false,
      forGroup: true,
    });
    expect(en.subject).toBe('A request to join a resource group');
    // A reset link is never about a group.
    const reset = linkMail({
      purpose: 'password_reset',
      to: 'a@b.nl',
      locale: 'nl',
      link,
      expiresAt,
      isProfessional: false,
      forGroup: true,
    });
    expect(reset.subject).toBe('Nieuw wachtwoord voor Regie');
  });
});
