export const STAND_IN_HOSTS: string[];

export interface StandInAnswer {
  status: number;
  type: string;
  body: string | Uint8Array;
}

/** What a stand-in host answers; `base` is how stand-in scripts reach vendor hosts ('/stand-ins/' or 'https://'). */
export function standInResponse(host: string, pathname: string, params: URLSearchParams, base?: string): StandInAnswer | null;
