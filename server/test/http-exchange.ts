import { Agent, request as httpRequest } from 'node:http';
import { connect } from 'node:net';

/** What came back, whichever way the request went. */
export interface Answer {
  status: number;
  contentType: string | undefined;
  body: string;
}

export interface WireRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
}

/**
 * One request over a real TCP connection with Node's HTTP client. A server may answer 413 before it
 * has read a large body and close the connection; the write error that follows is not a failure
 * once the answer has arrived.
 */
export function sendOverHttp(port: number, agent: Agent, request: WireRequest): Promise<Answer> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const outgoing = httpRequest({ host: '127.0.0.1', port, agent, method: request.method, path: request.path, headers: request.headers }, (incoming) => {
      answered = true;
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('error', reject);
      incoming.on('end', () =>
        resolve({ status: incoming.statusCode ?? 0, contentType: incoming.headers['content-type'], body: Buffer.concat(chunks).toString('utf8') }),
      );
    });
    outgoing.on('error', (error) => {
      if (!answered) reject(error);
    });
    outgoing.end(request.body);
  });
}

/**
 * Writes bytes to a fresh connection, half-closes it, and reads until the server closes. Returns the
 * first response's status and body, or null when the server closed without answering.
 */
export function rawExchange(port: number, bytes: Buffer, timeoutMs = 5000): Promise<Answer | null> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port, allowHalfOpen: true });
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer within ${timeoutMs} ms`));
    }, timeoutMs);
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    // The server may reset the connection while we still write; what it wrote before counts.
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(parseFirstResponse(Buffer.concat(chunks)));
    });
    socket.end(bytes);
  });
}

function parseFirstResponse(bytes: Buffer): Answer | null {
  if (bytes.length === 0) return null;
  const headEnd = bytes.indexOf('\r\n\r\n');
  const head = bytes.subarray(0, headEnd === -1 ? bytes.length : headEnd).toString('latin1');
  const [statusLine = '', ...headerLines] = head.split('\r\n');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0);
  const header = (name: string) =>
    headerLines.find((line) => line.toLowerCase().startsWith(`${name}:`))?.slice(name.length + 1).trim();
  const length = Number(header('content-length') ?? 0);
  const start = headEnd === -1 ? bytes.length : headEnd + 4;
  return { status, contentType: header('content-type'), body: bytes.subarray(start, start + length).toString('utf8') };
}
