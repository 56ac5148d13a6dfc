import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOwnContentScript, isOwnExtensionPage, type SenderInfo, type SenderPolicy } from '../../../domain/sender';
import { allHold, contentScriptConditions, extensionPageConditions, POLICY, senderArb } from '../security/arbitraries';

const policy: SenderPolicy = {
  extensionId: 'ourextensionid',
  extensionOrigin: 'chrome-extension://ourextensionid',
  pageOrigins: ['https://www.nav.no', 'https://syfomodiaperson.intern.nav.no'],
};

const NAV_PAGE = 'https://www.nav.no/syk/oppfolgingsplan/x/ny-plan';

// Each row: a sender, and whether it may send a page snapshot / ask as an extension page.
const SENDERS: [string, SenderInfo, { contentScript: boolean; extensionPage: boolean }][] = [
  [
    'our content script, top frame, NAV page',
    { id: 'ourextensionid', url: NAV_PAGE, origin: 'https://www.nav.no', frameId: 0, tab: { id: 4 } },
    { contentScript: true, extensionPage: false },
  ],
  [
    'our content script in a sub-frame',
    { id: 'ourextensionid', url: NAV_PAGE, origin: 'https://www.nav.no', frameId: 3, tab: { id: 4 } },
    { contentScript: false, extensionPage: false },
  ],
  [
    'another extension',
    { id: 'otherextension', url: NAV_PAGE, origin: 'https://www.nav.no', frameId: 0, tab: { id: 4 } },
    { contentScript: false, extensionPage: false },
  ],
  [
    'no tab',
    { id: 'ourextensionid', url: NAV_PAGE, origin: 'https://www.nav.no', frameId: 0 },
    { contentScript: false, extensionPage: false },
  ],
  [
    'a foreign origin',
    { id: 'ourextensionid', url: 'https://evil.example/', origin: 'https://evil.example', frameId: 0, tab: { id: 4 } },
    { contentScript: false, extensionPage: false },
  ],
  [
    'a lookalike NAV host',
    {
      id: 'ourextensionid',
      url: 'https://www.nav.no.evil.example/syk/',
      origin: 'https://www.nav.no.evil.example',
      frameId: 0,
      tab: { id: 4 },
    },
    { contentScript: false, extensionPage: false },
  ],
  [
    'a null origin (sandboxed frame)',
    { id: 'ourextensionid', url: 'about:blank', origin: 'null', frameId: 0, tab: { id: 4 } },
    { contentScript: false, extensionPage: false },
  ],
  [
    'plain http on the NAV host',
    { id: 'ourextensionid', url: 'http://www.nav.no/syk/', origin: 'http://www.nav.no', frameId: 0, tab: { id: 4 } },
    { contentScript: false, extensionPage: false },
  ],
  [
    'origin disagreeing with url',
    { id: 'ourextensionid', url: NAV_PAGE, origin: 'https://evil.example', frameId: 0, tab: { id: 4 } },
    { contentScript: false, extensionPage: false },
  ],
  [
    'our own side panel',
    {
      id: 'ourextensionid',
      url: 'chrome-extension://ourextensionid/sidepanel.html',
      origin: 'chrome-extension://ourextensionid',
    },
    { contentScript: false, extensionPage: true },
  ],
  [
    'our own panel opened in a tab',
    {
      id: 'ourextensionid',
      url: 'chrome-extension://ourextensionid/sidepanel.html?tab=4',
      origin: 'chrome-extension://ourextensionid',
      frameId: 0,
      tab: { id: 9 },
    },
    { contentScript: false, extensionPage: true },
  ],
  [
    "another extension's page",
    {
      id: 'otherextension',
      url: 'chrome-extension://otherextension/page.html',
      origin: 'chrome-extension://otherextension',
    },
    { contentScript: false, extensionPage: false },
  ],
  [
    'our id claimed from a web page url',
    { id: 'ourextensionid', url: 'https://www.nav.no/', origin: 'https://www.nav.no' },
    { contentScript: false, extensionPage: false },
  ],
  ['an empty sender', {}, { contentScript: false, extensionPage: false }],
  [
    'a malformed url',
    { id: 'ourextensionid', url: 'not a url', frameId: 0, tab: { id: 4 } },
    { contentScript: false, extensionPage: false },
  ],
];

describe('sender checks', () => {
  it.each(SENDERS)('%s', (_name, sender, expected) => {
    expect(isOwnContentScript(sender, policy)).toBe(expected.contentScript);
    expect(isOwnExtensionPage(sender, policy)).toBe(expected.extensionPage);
  });
});

// Arbitrary senders against an independent statement of each rule: the check may say yes only when
// every condition holds. The generator is biased so that each condition is often met and often not.

describe('sender checks on arbitrary senders', () => {
  it('isOwnContentScript is true exactly when every condition holds', () => {
    let accepted = 0;
    fc.assert(
      fc.property(senderArb, (sender) => {
        const conditions = contentScriptConditions(sender);
        const result = isOwnContentScript(sender, POLICY);
        if (result) accepted += 1;
        expect(result, JSON.stringify({ sender, conditions })).toBe(allHold(conditions));
      }),
      { numRuns: 5000 },
    );
    // The generator must reach the accepting corner often enough for the property to mean something.
    expect(accepted).toBeGreaterThan(50);
  });

  it('isOwnExtensionPage is true exactly when every condition holds', () => {
    let accepted = 0;
    fc.assert(
      fc.property(senderArb, (sender) => {
        const conditions = extensionPageConditions(sender);
        const result = isOwnExtensionPage(sender, POLICY);
        if (result) accepted += 1;
        expect(result, JSON.stringify({ sender, conditions })).toBe(allHold(conditions));
      }),
      { numRuns: 5000 },
    );
    expect(accepted).toBeGreaterThan(50);
  });

  it('no sender is both our content script and our extension page', () => {
    fc.assert(
      fc.property(senderArb, (sender) => !(isOwnContentScript(sender, POLICY) && isOwnExtensionPage(sender, POLICY))),
      { numRuns: 5000 },
    );
  });
});

describe('isAllowedPageUrl', () => {
  const allow = {
    extensionId: 'x',
    extensionOrigin: 'chrome-extension://x',
    pageOrigins: ['https://www.nav.no', 'http://localhost:8080'],
  };
  it('compares the whole origin, port included', async () => {
    const { isAllowedPageUrl } = await import('../../../domain/sender');
    expect(isAllowedPageUrl('https://www.nav.no/syk/oppfolgingsplan', allow)).toBe(true);
    expect(isAllowedPageUrl('https://www.nav.no:443/syk', allow)).toBe(true); // the default port is the same origin
    expect(isAllowedPageUrl('https://www.nav.no:8443/syk', allow)).toBe(false);
    expect(isAllowedPageUrl('http://www.nav.no/syk', allow)).toBe(false);
    expect(isAllowedPageUrl('http://localhost:8080/a', allow)).toBe(true);
    expect(isAllowedPageUrl('http://localhost:8081/a', allow)).toBe(false);
    expect(isAllowedPageUrl('chrome-extension://x/sidepanel.html', allow)).toBe(false);
    expect(isAllowedPageUrl(undefined, allow)).toBe(false);
    expect(isAllowedPageUrl('ikke en adresse', allow)).toBe(false);
  });
});
