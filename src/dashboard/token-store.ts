/**
 * Where the admin token lives between page loads: sessionStorage, so it is scoped to one browser tab
 * and gone when the tab closes, and never sent anywhere on its own as a cookie would be. One token per
 * collector. When sessionStorage is unavailable (blocked storage), the token lasts as long as the page.
 */
export const TOKEN_KEY_PREFIX = 'samtykke-dashboard:token:';

export function tokenKey(base: string): string {
  return `${TOKEN_KEY_PREFIX}${base}`;
}

export class TokenStore {
  private memory: string | null = null;

  constructor(
    private readonly key: string,
    private readonly storage: () => Storage | undefined = () => globalThis.sessionStorage,
  ) {}

  read(): string | null {
    try {
      return this.storage()?.getItem(this.key) ?? this.memory;
    } catch {
      return this.memory;
    }
  }

  write(token: string): void {
    this.memory = token;
    try {
      this.storage()?.setItem(this.key, token);
    } catch {
      // Storage blocked: keep it in memory only.
    }
  }

  clear(): void {
    this.memory = null;
    try {
      this.storage()?.removeItem(this.key);
    } catch {
      // Nothing stored.
    }
  }
}
