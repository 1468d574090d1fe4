import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HELP, parseCli } from './cli-args.js';

const serve = (argv: string[], env: Record<string, string> = {}) => {
  const parsed = parseCli(argv, env);
  if (!parsed.ok || parsed.config.command !== 'serve') throw new Error(JSON.stringify(parsed));
  return parsed.config;
};

describe('parseCli()', () => {
  it('has the documented defaults', () => {
    expect(serve([])).toEqual({
      command: 'serve',
      port: 8787,
      host: '127.0.0.1',
      store: { kind: 'sqlite', file: resolve('./samtykke.db') },
      allowedOrigins: null,
      retentionDays: null,
      rateLimit: 1000,
      trustProxy: false,
      dashboardDir: null,
      logLevel: 'warn',
      adminToken: null,
    });
  });

  it('reads every flag', () => {
    const config = serve([
      '--port', '9000', '--host', '0.0.0.0', '--db', '/var/lib/samtykke/consents.db',
      '--allowed-origins', 'https://www.example.dk, https://Example.DK/', '--retention-days', '400',
      '--rate-limit', '0', '--trust-proxy', '--dashboard-dir', '/srv/dashboard', '--log-level', 'info',
    ]);
    expect(config).toMatchObject({
      port: 9000,
      host: '0.0.0.0',
      store: { kind: 'sqlite', file: '/var/lib/samtykke/consents.db' },
      allowedOrigins: ['https://www.example.dk', 'https://example.dk'],
      retentionDays: 400,
      rateLimit: 0,
      trustProxy: true,
      dashboardDir: '/srv/dashboard',
      logLevel: 'info',
    });
  });

  it('reads the environment, and flags win over it', () => {
    const env = { PORT: '7000', HOST: '::', SAMTYKKE_ADMIN_TOKEN: 'secret', SAMTYKKE_ALLOWED_ORIGINS: 'https://a.example', SAMTYKKE_TRUST_PROXY: '1' };
    expect(serve([], env)).toMatchObject({ port: 7000, host: '::', adminToken: 'secret', allowedOrigins: ['https://a.example'], trustProxy: true });
    expect(serve(['--port', '7001'], env).port).toBe(7001);
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    expect(serve(['--db', 'ignored.db'], { DATABASE_URL: 'postgres://u:p@db:5432/consents' }).store).toEqual({
      kind: 'postgres',
      connectionString: 'postgres://u:p@db:5432/consents',
    });
  });

  it('parses the seed command', () => {
    expect(parseCli(['seed', '--impressions', '1000', '--days', '7', '--variants', 'x,y,z', '--seed', '42'], {})).toEqual({
      ok: true,
      config: { command: 'seed', store: { kind: 'sqlite', file: resolve('./samtykke.db') }, days: 7, impressions: 1000, variants: ['x', 'y', 'z'], seed: 42 },
    });
  });

  it.each([
    [['--port', 'http'], '--port must be a whole number'],
    [['--port', '70000'], '--port must be a whole number'],
    [['--retention-days', '0'], '--retention-days must be a whole number from 1'],
    [['--allowed-origins', 'www.example.dk'], 'not an origin'],
    [['--log-level', 'loud'], '--log-level must be one of'],
    [['--bogus'], "Unknown option '--bogus'"],
    [['migrate'], 'unknown command'],
  ])('refuses %j', (argv, message) => {
    const parsed = parseCli(argv, {});
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.error).toContain(message);
  });

  it('answers help and version', () => {
    expect(parseCli(['--help'], {})).toEqual({ ok: true, config: { command: 'help' } });
    expect(parseCli(['-v'], {})).toEqual({ ok: true, config: { command: 'version' } });
  });

  it('documents every flag and variable in --help', () => {
    for (const word of ['--port', '--host', '--db', '--allowed-origins', '--retention-days', '--rate-limit', '--trust-proxy', '--dashboard-dir', '--log-level', 'seed', '--impressions', '--days', '--variants', '--seed', 'SAMTYKKE_ADMIN_TOKEN', 'DATABASE_URL', 'PORT', 'HOST', 'Set it in production']) {
      expect(HELP).toContain(word);
    }
  });
});
