import path from 'node:path';
import { DEFAULT_ACTIVITY_EXPORT_MAX_ROWS, loadConfig, projectRoot } from '../../platform/config.js';
import { DEFAULT_QUERY_LIMITS, DEFAULT_TRAFFIC_LIMITS } from '../../platform/gateway-config.js';

describe('one configuration, parsed once (issue 15 item 6; README "Configuration")', () => {
  it('the defaults: links to the local gateway, the development mailbox, the gateway limits, no URL overrides', () => {
    const config = loadConfig({});
    expect(config.publicUrl).toBe('http://localhost:4000');
    expect(config.mail).toEqual({ smtpUrl: undefined, from: 'Partner Center <no-reply@partner-graph.local>',
      mailbox: path.join(projectRoot, '.data', 'mail') });
    expect(config.partners).toEqual({ existingCspTenants: [], webmailDomains: undefined, activityExportMaxRows: DEFAULT_ACTIVITY_EXPORT_MAX_ROWS });
    expect(config.gateway).toEqual({ rustQueryPlanner: true, subgraphDeduplication: true, limits: DEFAULT_QUERY_LIMITS, traffic: DEFAULT_TRAFFIC_LIMITS,
      trustedDocuments: { dir: path.join(projectRoot, 'trusted-documents'), url: undefined, reloadMs: 10_000, requireForNamedClients: false },
      subgraphUrls: {} });
    expect(config.logSql).toBe(false);
  });

  it('each variable lands in its place', () => {
    const config = loadConfig({
      GATEWAY_PORT: '4100', DATA_DIR: '/var/lib/pg', MAIL_SMTP_URL: 'smtp://mail:587', PARTNER_CENTER_URL: 'https://partner.example/',
      CSP_EXISTING_TENANTS: ' a, b ,', WEBMAIL_DOMAINS: 'mail.example', ACTIVITY_EXPORT_MAX_ROWS: '10', RUST_QUERY_PLANNER: 'false',
      SUBGRAPH_DEDUPLICATION: 'false',
      QUERY_MAX_DEPTH: '4', RATE_LIMIT_PER_USER_PER_MINUTE: '0', PARTNERS_URL: 'http://partners:4002/graphql', LOG_SQL: 'true',
      NODE_ENV: 'production', SERVICE: 'partners', USER: 'ops',
    });
    expect(config.publicUrl).toBe('https://partner.example');
    expect(config.mail).toMatchObject({ smtpUrl: 'smtp://mail:587', mailbox: '/var/lib/pg/mail' });
    expect(config.partners).toEqual({ existingCspTenants: ['a', 'b'], webmailDomains: 'mail.example', activityExportMaxRows: 10 });
    expect(config.gateway).toMatchObject({ rustQueryPlanner: false, subgraphDeduplication: false, limits: { ...DEFAULT_QUERY_LIMITS, maxDepth: 4 },
      traffic: { ...DEFAULT_TRAFFIC_LIMITS, perUserPerMinute: 0 }, trustedDocuments: undefined,
      subgraphUrls: { partners: 'http://partners:4002/graphql' } });
    expect(config).toMatchObject({ logSql: true, service: 'partners', operator: 'ops' });
  });

  it('one integer parser: the variable is named in the error, positive where zero means nothing', () => {
    expect(() => loadConfig({ QUERY_MAX_DEPTH: '0' })).toThrow('QUERY_MAX_DEPTH must be a positive integer');
    expect(() => loadConfig({ ACTIVITY_EXPORT_MAX_ROWS: 'x' })).toThrow('ACTIVITY_EXPORT_MAX_ROWS must be a positive integer');
    expect(() => loadConfig({ MAX_BODY_BYTES: '-1' })).toThrow('MAX_BODY_BYTES must be a non-negative integer');
    expect(() => loadConfig({ GATEWAY_PORT: '1.5' })).toThrow('GATEWAY_PORT must be a non-negative integer, got "1.5"');
    expect(() => loadConfig({ TRUSTED_DOCUMENTS_RELOAD_SECONDS: '0' })).toThrow('TRUSTED_DOCUMENTS_RELOAD_SECONDS must be a positive number');
    expect(() => loadConfig({ TRUSTED_DOCUMENTS_REQUIRED: 'yes' })).toThrow('TRUSTED_DOCUMENTS_REQUIRED must be true or false');
  });
});
