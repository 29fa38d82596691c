import { contactRequestText, isBlankText } from '../../subgraphs/partners/domain/contact-requests.js';
import { directoryFilter, nextDirectoryProfile, normalizeLanguage } from '../../subgraphs/partners/domain/directory.js';
import type { OrganizationFacts } from '../../subgraphs/partners/domain/partnerships.js';

const northwind: OrganizationFacts = { id: 'n', partnerType: 'INDIRECT_PROVIDER', programStatus: 'ACTIVE', country: 'IT' };

describe('P-19 / P-20: language codes are ISO 639-1 codes, not any two letters', () => {
  it.each(['it', 'EN', ' de ', 'zu', 'aa', 'nb'])('%j is a language', (code) => {
    expect(normalizeLanguage(code)).toBe(code.trim().toLowerCase());
  });

  it.each(['xx', 'qq', 'zz', 'ita', 'e', ''])('%j is not (INVALID_LANGUAGE in a profile and in the filter)', (code) => {
    expect(normalizeLanguage(code)).toBeNull();
    expect(nextDirectoryProfile(northwind, null, { languages: ['it', code] })).toEqual({ reason: 'INVALID_LANGUAGE', argument: 'input.languages' });
    if (code.trim()) expect(directoryFilter({ language: code }, 'IT')).toEqual({ reason: 'INVALID_LANGUAGE', argument: 'filter.language' });
  });
});

describe('P-20: a website is an http(s) URL as typed', () => {
  it.each(['https://northwind.it/a b', 'https://north wind.it', 'https://northwind.it/\tx'])('%j has white space inside: INVALID_VALUE', (website) => {
    expect(nextDirectoryProfile(northwind, null, { website })).toEqual({ reason: 'INVALID_VALUE', argument: 'input.website' });
  });

  it('surrounding white space is trimmed, as for every optional text', () => {
    expect(nextDirectoryProfile(northwind, null, { website: '  https://northwind.it/resellers ' })).toMatchObject({
      website: 'https://northwind.it/resellers' });
  });
});

describe('P-21 / P-22: a message or reason with nothing to read is blank (REQUIRED_FIELD)', () => {
  const invisible = ['\u200b\u200b', '\ufeff', ' \u2060 \u200d ', '\u00a0\u2003\t\n', '\u202e\u200e'];

  it.each(invisible)('%j is blank', (text) => {
    expect(isBlankText(text)).toBe(true);
    expect(contactRequestText({ message: text, replyTo: 'anna@contoso.it' })).toEqual({ reason: 'REQUIRED_FIELD', argument: 'message' });
  });

  it.each(['a', ' ok ', '😀', '\u200bciao', '北'])('%j is not', (text) => {
    expect(isBlankText(text)).toBe(false);
    expect(contactRequestText({ message: text, replyTo: 'anna@contoso.it' })).toEqual({ message: text.trim(), replyTo: 'anna@contoso.it' });
  });
});
