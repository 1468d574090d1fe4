// Types for the tests that start the demo site (the demo itself is plain JavaScript, run by node).

export interface DemoServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** Paths (with query strings) requested under /stand-ins/ so far, in order. */
  standInRequests: string[];
  close(): Promise<void>;
}

export interface DemoServerOptions {
  /** @default 8080; 0 picks a free port */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
  /** The collector's origin, written into every page's config; '' leaves records off. */
  collector?: string;
}

export function startDemoServer(options?: DemoServerOptions): Promise<DemoServer>;

/** The demo language for an Accept-Language header. */
export function preferredLanguage(header?: string): 'da' | 'nb' | 'sv' | 'en';
