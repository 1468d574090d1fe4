import { describe, expect, it } from 'vitest';
import { TokenStore, tokenKey } from './token-store.js';

class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}

describe('TokenStore', () => {
  it('keeps one token per collector in the given storage', () => {
    const storage = new MemoryStorage();
    const first = new TokenStore(tokenKey('https://a.example'), () => storage);
    const second = new TokenStore(tokenKey('https://b.example'), () => storage);
    first.write('one');
    expect(first.read()).toBe('one');
    expect(second.read()).toBeNull();
    expect(storage.getItem('samtykke-dashboard:token:https://a.example')).toBe('one');
    first.clear();
    expect(first.read()).toBeNull();
  });

  it('falls back to memory when storage throws', () => {
    const store = new TokenStore('k', () => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(store.read()).toBeNull();
    store.write('secret');
    expect(store.read()).toBe('secret');
    store.clear();
    expect(store.read()).toBeNull();
  });
});
